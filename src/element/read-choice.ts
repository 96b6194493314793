/**
 * Returns `value` when it is one of `allowed`, else `fallback` with one
 * console warning per element and attribute (so a typo never blanks the widget).
 */
export function readChoice<T extends string>(
  warned: Set<string>,
  attribute: string,
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  const key = `${attribute}=${String(value)}`;
  if (!warned.has(key)) {
    warned.add(key);
    console.warn(
      `<liver-intervention>: unknown ${attribute} "${String(value)}"; using "${fallback}". Allowed: ${allowed.join(', ')}.`,
    );
  }
  return fallback;
}
