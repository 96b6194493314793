import type { Point } from '../../src/model/anatomy-schema.js';

// Rendered shapes are asked with the SVG engine itself (isPointInFill), one element per path, kept for reuse.
const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
document.body.append(svg);
const elements = new Map<string, SVGPathElement>();

/** The SVG path element drawing `d` (in a hidden SVG of the test page; the cache is emptied past 3000 paths). */
export function pathElement(d: string): SVGPathElement {
  let path = elements.get(d);
  if (!path) {
    path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    if (elements.size > 3000) {
      for (const p of elements.values()) p.remove();
      elements.clear();
    }
    svg.append(path);
    elements.set(d, path);
  }
  return path;
}

/** Whether the path `d` fills the point, as the browser renders it. */
export const fills = (d: string, [x, y]: Point): boolean => pathElement(d).isPointInFill(new DOMPoint(x, y));
