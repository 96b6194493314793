import type { PlacedSheet } from './lazy-chunk.js';

/**
 * Adds a lazy chunk's sheets to a shadow root, each before the element's sheet it names, so the cascade is the
 * one a single list of sheets would give. Without constructable sheets, a style element at the end stands in.
 */
export function adoptSheets(root: HTMLElement | DocumentFragment, sheets: readonly PlacedSheet[]): void {
  if (!(root instanceof ShadowRoot)) return;
  for (const { sheet, before } of sheets) {
    const made = sheet.styleSheet;
    if (!made) {
      const style = document.createElement('style');
      style.textContent = sheet.cssText;
      root.append(style);
      continue;
    }
    const list = root.adoptedStyleSheets;
    if (list.includes(made)) continue;
    const at = before?.styleSheet ? list.indexOf(before.styleSheet) : -1;
    root.adoptedStyleSheets = at < 0 ? [...list, made] : [...list.slice(0, at), made, ...list.slice(at)];
  }
}
