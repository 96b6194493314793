/** An attribute's new value; null removes it. */
export type AttrValue = string | number | null | undefined;

/**
 * Sets the attributes that differ from what the element has, and only those:
 * rewriting an equal `d` still costs a path parse, style invalidation and
 * paint, and most attributes hold still from one frame to the next.
 */
export function patchAttrs(el: Element, attrs: Readonly<Record<string, AttrValue>>): void {
  for (const name in attrs) {
    const value = attrs[name];
    const now = el.getAttribute(name);
    if (value === null || value === undefined) {
      if (now !== null) el.removeAttribute(name);
    } else {
      const text = typeof value === 'number' ? String(value) : value;
      if (now !== text) el.setAttribute(name, text);
    }
  }
}

/** Sets a text node's content only when it differs. */
export function patchText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}
