/**
 * Where joinKeyed keeps an element's key and item: on the element itself, so they go when it goes. (Module-wide
 * WeakMaps held a hash table sized for every element any widget ever drew between two collections.)
 */
const JOINED = Symbol('joined');
type Joined = Element & { [JOINED]?: { key: string; datum: unknown } };
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A new SVG element with attributes. */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string>> = {},
): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

/** The item an element made by joinKeyed was last joined with. */
export function datumOf<T>(el: Element): T | undefined {
  return (el as Joined)[JOINED]?.datum as T | undefined;
}

/**
 * Keeps `parent`'s children in step with `items`, one element per key: an
 * element whose key stays is kept (and moved only if out of order), new keys
 * get `create(item)`, and the rest are removed. Returns the elements in item order.
 */
export function joinKeyed<T, E extends Element>(
  parent: Element,
  items: readonly T[],
  key: (item: T) => string,
  create: (item: T) => E,
): E[] {
  const kept = new Map<string, E>();
  for (const el of [...parent.children]) {
    const k = (el as Joined)[JOINED]?.key;
    if (k !== undefined && !kept.has(k)) kept.set(k, el as E);
    else el.remove();
  }
  const out = items.map((item) => {
    const k = key(item);
    let el = kept.get(k);
    if (el) kept.delete(k);
    else el = create(item);
    (el as Joined)[JOINED] = { key: k, datum: item };
    return el;
  });
  for (const el of kept.values()) el.remove();
  let next: Element | null = null;
  for (let i = out.length - 1; i >= 0; i--) {
    const el = out[i]!;
    if (el.parentNode !== parent || el.nextElementSibling !== next) parent.insertBefore(el, next);
    next = el;
  }
  return out;
}
