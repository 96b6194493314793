/** `value` as short text for a warning; never throws, whatever the value is. */
export function shown(value: unknown): string {
  try {
    return String(value).slice(0, 80);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * Returns `value` when it is one of `allowed`, else `fallback` with one
 * console warning per element and attribute (so a typo never blanks the widget).
 * A removed attribute (null) or unset property (undefined) means the default, quietly.
 */
export function readChoice<T extends string>(
  warned: Set<string>,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  if (value === null || value === undefined) return fallback;
  warnOnce(warned, attribute, value, `using "${fallback}". Allowed: ${allowed.join(', ')}.`);
  return fallback;
}

/** Warns once per element, attribute and value that `value` was not usable. */
export function warnOnce(warned: Set<string>, attribute: string, value: unknown, instead: string): void {
  const key = `${attribute}=${shown(value)}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`<liver-intervention>: unknown ${attribute} "${shown(value)}"; ${instead}`);
}
