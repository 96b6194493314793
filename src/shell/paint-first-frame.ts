import { holdInput } from './hold-input.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A node of the prebuilt picture: text, or `[tag, attributes, ...children]`. */
export type FrameNode = string | [tag: string, attributes: Record<string, string>, ...children: FrameNode[]];

/** The prebuilt default view (scripts/first-frame.mjs): its style rules and shadow-tree nodes, drawn at `width` px. */
export interface FirstFrame {
  width: number;
  css: string;
  tree: FrameNode[];
}

/** The picture's controls' tooltip while the engine loads (the picture is of the English view only). */
const LOADING = 'Loading…';

let sheet: CSSStyleSheet | undefined;

function build(node: FrameNode, svg: boolean): ChildNode {
  if (typeof node === 'string') return document.createTextNode(node);
  const [tag, attributes, ...children] = node;
  const inSvg = svg || tag === 'svg';
  const el = inSvg ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    // Through the CSSOM: a strict Content-Security-Policy blocks style attributes set as text.
    if (name === 'style') (el as HTMLElement | SVGElement).style.cssText = value;
    else if (name !== 'xmlns') el.setAttribute(name, value);
  }
  el.append(...children.map((child) => build(child, inSvg)));
  return el;
}

/**
 * Draws `frame` in `host`'s new open shadow root (the one the element adopts when it is defined) and removes it
 * as the element is defined: the element's first render runs in the same turn, so no empty frame is painted.
 * Until then its controls are visibly not ready, and what a reader does to them is done once the element is.
 */
export function paintFirstFrame(host: HTMLElement, frame: FirstFrame): void {
  const root = host.attachShadow({ mode: 'open' });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(frame.css);
  }
  root.adoptedStyleSheets = [sheet];
  const nodes = frame.tree.map((node) => build(node, false));
  // Lit renders before the shadow root's first child as it finds it when the element is defined: an empty
  // comment that stays, so the picture can go first.
  root.append(document.createComment(''), ...nodes);
  const handOver = holdInput(root, nodes, LOADING);
  void customElements.whenDefined(host.localName).then(() =>
    handOver(
      () => {
        for (const node of nodes) node.remove();
      },
      (host as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete,
    ),
  );
}
