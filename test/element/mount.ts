import { fixture, html, nextFrame } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';

/** Mounts the element in a box `width` px wide and waits until it has drawn at that size. */
export async function mount(width: number, attrs: Record<string, string> = {}): Promise<LiverIntervention> {
  // A window tall enough that the drawing is not capped by the stage's max-height (70vh), even a patient's taller one.
  await setViewport({ width: Math.max(800, width + 40), height: Math.max(640, Math.round(width * 1.5)) });
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('liver-intervention');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  box.append(el);
  await settle(el);
  return el;
}

/** Waits for pending updates, including the one a resize observation triggers. */
export async function settle(el: LiverIntervention): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

/**
 * Shows each step in turn (one at least, for a widget without steps): sets `step`, lets `before` change more, waits
 * for the widget to settle, then runs `check`.
 */
export async function atEveryStep(
  el: LiverIntervention,
  check: (step: number) => unknown,
  before: (step: number) => void = () => {},
): Promise<void> {
  for (let step = 1; step <= Math.max(1, el.steps.length); step++) {
    el.step = step;
    before(step);
    await settle(el);
    await check(step);
  }
}

export const svgOf = (el: LiverIntervention) => el.shadowRoot!.querySelector('svg.scene') as SVGSVGElement;
