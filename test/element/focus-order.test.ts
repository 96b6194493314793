import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { ManualClock } from './manual-clock.js';
import { mount, settle } from './mount.js';

/** Rows closer than this (px) count as one row of controls. */
const ROW = 6;
/** More Tab stops than the text column has. */
const MAX_TABS = 80;

const focusedIn = (el: LiverIntervention) => (document.activeElement === el ? el.shadowRoot!.activeElement : null);

/**
 * Tabs from Next step to the end of the widget and lists what the focus reached in the text column, with where each
 * one is drawn.
 */
async function tabStops(el: LiverIntervention) {
  // A button after the widget keeps the focus in the page: tabbed out of it, the page lost the focus, and a later
  // test file's focus() then fired no focus event.
  const after = document.createElement('button');
  after.textContent = 'after';
  el.after(after);
  const next = el.shadowRoot!.querySelector<HTMLElement>('[aria-label="Next step"]')!;
  next.focus();
  const stops: { name: string; top: number; left: number }[] = [];
  for (let tabs = 0; tabs < MAX_TABS; tabs++) {
    await sendKeys({ press: 'Tab' });
    const at = focusedIn(el);
    if (!at) {
      expect(document.activeElement, 'Tab leaves the widget for the next control').to.equal(after);
      break;
    }
    const box = at.getBoundingClientRect();
    const name = (at.getAttribute('aria-label') ?? at.textContent ?? at.tagName).trim().replace(/\s+/g, ' ');
    stops.push({ name: name.slice(0, 40), top: box.top, left: box.left });
  }
  return stops;
}

describe('focus order beside the drawing', () => {
  // Chromium orders the focus by the column's visual order (CSS reading-flow); an engine without it keeps the
  // source order, where the caption comes before the display controls drawn above it.
  before(function () {
    if (!CSS.supports('reading-flow', 'flex-visual')) this.skip();
  });

  for (const audience of ['clinician', 'patient'])
    it(`${audience}: Tab goes down the column as drawn, the Afterwards button after the controls above it`, async () => {
      const el = await mount(1280, { procedure: 'ptcd', audience });
      el.clock = new ManualClock();
      el.step = el.steps.length;
      await settle(el);
      const text = el.shadowRoot!.querySelector('.text')!;
      expect(getComputedStyle(text).display, 'the beside layout').to.equal('flex');
      const open = el.shadowRoot!.querySelector('.aftercare-open');
      expect(open, 'the last step offers the aftercare view').to.exist;
      const stops = await tabStops(el);
      expect(stops.map((s) => s.name)).to.include(open!.textContent!.trim());
      for (let i = 1; i < stops.length; i++) {
        const [a, b] = [stops[i - 1]!, stops[i]!];
        const down = b.top > a.top + ROW;
        const sameRowOn = Math.abs(b.top - a.top) <= ROW && b.left > a.left;
        expect(down || sameRowOn, `${a.name} (${Math.round(a.top)}) then ${b.name} (${Math.round(b.top)})`).to.be.true;
      }
    });
});
