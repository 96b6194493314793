import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { ManualClock } from './manual-clock.js';
import { mount, settle } from './mount.js';

/** More Tab stops than the widget has: reaching this many means the focus is trapped. */
const MAX_TABS = 300;

/** The focused element inside the widget, or null when the focus left it. */
const focusedIn = (el: LiverIntervention) => (document.activeElement === el ? el.shadowRoot!.activeElement : null);

/** Presses a key and lets any animation it starts run to its end. */
async function press(el: LiverIntervention, clock: ManualClock, key: string) {
  await sendKeys({ press: key });
  clock.flush();
  await settle(el);
}

/**
 * Walks each procedure through with the keys and the controls alone: Tab into the drawing, the arrows and Home, Tab
 * to Next and Enter to the end, then every later control and out of the widget, and Shift+Tab back.
 */
export function keyboardWalks(procedures: readonly { procedure: string; obstruction: string }[]): void {
  describe('keyboard only, start to end', function () {
    // A whole procedure walked key by key is hundreds of browser round trips; Firefox under the test runner took
    // over 240 s for the stent's once on an idle two-core machine. Allow for that and for load, inside the runner's
    // 600 s for a file.
    this.timeout(540000);
    for (const { procedure, obstruction } of procedures)
      it(`${procedure}: steps through with the keys and the controls; focus is never lost or trapped`, async () => {
        const el = await mount(600, { procedure, obstruction });
        const clock = new ManualClock();
        el.clock = clock;
        const before = document.createElement('button');
        before.textContent = 'before';
        el.before(before);
        const after = document.createElement('button');
        after.textContent = 'after';
        el.after(after);
        try {
          before.focus();
          await press(el, clock, 'Tab');
          const stage = el.shadowRoot!.querySelector('[part="scene"]');
          expect(focusedIn(el), 'Tab enters the drawing').to.equal(stage);
          const count = el.steps.length;
          for (let step = 2; step <= count; step++) {
            await press(el, clock, 'ArrowRight');
            expect(el.step).to.equal(step);
            expect(focusedIn(el)).to.equal(stage);
          }
          await press(el, clock, 'Home');
          expect(el.step).to.equal(1);
          // Tab to Next (past every structure of the drawing) and press it to the end: the focus stays on it.
          const next = el.shadowRoot!.querySelector('[aria-label="Next step"]');
          for (let tabs = 0; focusedIn(el) !== next && tabs < MAX_TABS; tabs++) {
            await sendKeys({ press: 'Tab' });
            expect(focusedIn(el), 'Tab stays in the widget until Next').to.exist;
          }
          expect(focusedIn(el), 'Tab reaches Next').to.equal(next);
          for (let step = 2; step <= count + 1; step++) {
            await press(el, clock, 'Enter');
            expect(el.step).to.equal(Math.min(step, count));
            expect(focusedIn(el), `step ${step}`).to.equal(next);
          }
          // Every later control is reachable, and Tab then leaves the widget.
          const seen = new Set<Element>();
          for (let i = 0; i < MAX_TABS && document.activeElement !== after; i++) {
            await sendKeys({ press: 'Tab' });
            const focused = focusedIn(el);
            expect(document.activeElement, 'focus never falls to the page').not.to.equal(document.body);
            if (focused) {
              expect(seen.has(focused), 'no focus loop').to.equal(false);
              seen.add(focused);
            }
          }
          expect(document.activeElement, 'Tab leaves the widget').to.equal(after);
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ up: 'Shift' });
          expect(document.activeElement, 'Shift+Tab comes back').to.equal(el);
        } finally {
          before.remove();
          after.remove();
        }
      });
  });
}
