import { expect, nextFrame } from '@open-wc/testing';
import fc from 'fast-check';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { drawing, expectSameDrawing } from './drawing.js';
import { ManualClock } from './manual-clock.js';
import { mount, settle } from './mount.js';

type Action = (el: LiverIntervention) => void;

/** The commands a restless user (or script) sends, by name for counterexamples. */
const action = (count: number): fc.Arbitrary<{ run: Action; toString(): string }> => {
  const named = (label: string, run: Action) => ({ run, toString: () => label });
  const step = fc.integer({ min: 1, max: count });
  return fc.oneof(
    fc.constantFrom(
      named('next()', (el) => void el.next()),
      named('previous()', (el) => void el.previous()),
      named('play()', (el) => void el.play()),
      named('pause()', (el) => el.pause()),
      named('toggle view', (el) => (el.view = el.view === 'fluoroscopy' ? 'illustration' : 'fluoroscopy')),
      named('toggle labels', (el) => (el.labels = !el.labels)),
      named('Next button', (el) => el.shadowRoot!.querySelector<HTMLElement>('[aria-label="Next step"]')?.click()),
      named('Play button', (el) => el.shadowRoot!.querySelector<HTMLElement>('button.play')?.click()),
    ),
    step.map((n) => named(`goTo(${n})`, (el) => void el.goTo(n))),
    step.map((n) => named(`step = ${n}`, (el) => (el.step = n))),
  );
};

describe('rapid input', () => {
  it('200 commands 10 ms apart mid-animation end in the same drawing as a fresh render, with one frame loop at most', async () => {
    const el = await mount(600);
    const clock = new ManualClock();
    el.clock = clock;
    const count = el.steps.length;
    await fc.assert(
      fc.asyncProperty(
        fc.array(action(count), { minLength: 200, maxLength: 200 }),
        fc.integer({ min: 1, max: count }),
        async (actions, last) => {
          let loops = 0;
          for (const a of actions) {
            a.run(el);
            clock.tick(10, 10);
            loops = Math.max(loops, clock.pending);
            await el.updateComplete;
          }
          const done = el.goTo(last);
          clock.flush();
          await done;
          await settle(el);
          expect(loops, 'frame loops at once').to.be.at.most(1);
          expect(el.step).to.equal(last);
          const fresh = await mount(600, {
            step: String(last),
            view: el.view,
            ...(el.labels ? {} : { labels: 'off' }),
          });
          expectSameDrawing(drawing(el), drawing(fresh), `after ${actions.length} commands`);
          fresh.remove();
        },
      ),
      { numRuns: 2, seed: 31, includeErrorInReport: true },
    );
  });
});

describe('lifecycle', () => {
  /** A clock that counts the frame callbacks it runs. */
  class CountingClock extends ManualClock {
    calls = 0;
    override request(callback: (now: number) => void): number {
      return super.request((now) => {
        this.calls++;
        callback(now);
      });
    }
  }

  it('removed mid-animation, it runs no callback and fires no event afterwards', async () => {
    const el = await mount(600);
    const clock = new CountingClock();
    el.clock = clock;
    const events: string[] = [];
    for (const type of ['li-step-change', 'li-play', 'li-pause', 'li-end'])
      el.addEventListener(type, () => events.push(type));
    void el.play();
    clock.tick(500);
    el.remove();
    const calls = clock.calls;
    events.length = 0;
    clock.tick(60_000);
    await el.updateComplete;
    expect(clock.calls - calls).to.equal(0);
    expect(clock.pending).to.equal(0);
    expect(events).to.deep.equal([]);
  });

  it('re-inserted or moved mid-animation, it draws the state it stopped at', async () => {
    const el = await mount(600);
    const clock = new ManualClock();
    el.clock = clock;
    const other = document.createElement('div');
    other.style.width = '600px';
    document.body.append(other);
    try {
      void el.goTo(4);
      clock.tick(300);
      other.append(el);
      await settle(el);
      expect(clock.pending).to.equal(0);
      const here = drawing(el);
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await settle(el);
      expect(drawing(el)).to.equal(here);
      // It still plays after the move.
      const done = el.next();
      clock.flush();
      await done;
      await settle(el);
      expect(el.step).to.equal(5);
    } finally {
      other.remove();
    }
  });

  it('several instances animate independently with their own ids', async () => {
    const els = [await mount(400), await mount(400), await mount(400)];
    const clocks = els.map((el) => (el.clock = new ManualClock()) as ManualClock);
    // An off-screen widget holds its playback until it is seen: bring the animated one into view first.
    els[1]!.scrollIntoView();
    await nextFrame();
    await nextFrame();
    const done = els[1]!.goTo(6);
    clocks[1]!.flush();
    await done;
    await Promise.all(els.map(settle));
    expect(els.map((el) => el.step)).to.deep.equal([1, 6, 1]);
    const prefixes = els.map((el) => el.shadowRoot!.querySelector('svg.scene [id]')!.id.split('-')[0]);
    expect(new Set(prefixes).size).to.equal(3);
  });

  it('survives a slide deck detaching and hiding it (reveal.js style)', async () => {
    const el = await mount(600, { step: '3' });
    const slide = el.parentElement!;
    const deck = slide.parentElement!;
    const before = drawing(el);
    slide.remove();
    await el.updateComplete;
    deck.append(slide);
    await settle(el);
    expect(drawing(el)).to.equal(before);
    slide.style.display = 'none';
    await settle(el);
    el.step = 5;
    await settle(el);
    slide.style.display = '';
    await settle(el);
    await settle(el);
    const svg = el.shadowRoot!.querySelector('svg.scene')!;
    expect(svg.getBoundingClientRect().width).to.be.closeTo(600, 1);
    expect(svg.innerHTML).not.to.contain('NaN');
    const fresh = await mount(600, { step: '5' });
    expect(drawing(el)).to.equal(drawing(fresh));
  });
});
