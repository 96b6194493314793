import { expect, nextFrame } from '@open-wc/testing';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { ManualClock } from './manual-clock.js';
import { mount, settle, svgOf } from './mount.js';

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

/** Mounts an element 800 px wide driven by a manual clock. */
export async function withClock(attrs: Record<string, string> = {}) {
  const el = await mount(800, attrs);
  const clock = new ManualClock();
  el.clock = clock;
  return { el, clock };
}

/** Calls an animating method and runs the clock until it settles. */
export async function run(el: LiverIntervention, clock: ManualClock, action: () => Promise<void>) {
  // Off screen, playback is held: bring the widget into view (the observer reports a frame later).
  el.scrollIntoView();
  await nextFrame();
  await nextFrame();
  const done = action();
  clock.flush();
  await done;
  await settle(el);
}
