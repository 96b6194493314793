import { expect } from '@open-wc/testing';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { svgOf } from './mount.js';

/** Serialises an element with its attributes in sorted order (DOM history must not matter). */
export function normalised(node: Element): string {
  const attrs = [...node.attributes]
    .filter((a) => !['aria-pressed', 'tabindex'].includes(a.name))
    .map((a) => `${a.name}="${a.value.replace(/\bli\d+-/g, 'li-')}"`)
    .sort()
    .join(' ');
  const children = [...node.children].map(normalised).join('');
  const text = node.children.length ? '' : (node.textContent ?? '');
  return `<${node.localName} ${attrs}>${text}${children}</${node.localName}>`;
}

/** The drawing as normalised text, minus the hit targets and the user's zoom. */
export function drawing(el: LiverIntervention): string {
  const svg = svgOf(el).cloneNode(true) as SVGSVGElement;
  svg.querySelector('g.targets')?.remove();
  svg.querySelector('g.viewport')?.removeAttribute('transform');
  return normalised(svg);
}

/** Fails with the first differing stretch of two drawings, not the whole SVG. */
export function expectSameDrawing(actual: string, expected: string, what: string) {
  if (actual === expected) return;
  let i = 0;
  while (actual[i] === expected[i]) i++;
  expect(actual.slice(Math.max(0, i - 120), i + 120), what).to.equal(expected.slice(Math.max(0, i - 120), i + 120));
}
