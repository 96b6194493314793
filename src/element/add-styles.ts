import type { CSSResult } from 'lit';

/** Adds a lazily loaded style sheet to the element's shadow root, once. */
export function addStyles(root: Node, styles: CSSResult): void {
  const sheet = styles.styleSheet;
  if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
