import { expect, fixture, html } from '@open-wc/testing';
import Reveal from 'reveal.js';
import '../../src/index.js';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { bindDeckSteps } from '../../demo/deck-steps.js';
import { ManualClock } from '../element/manual-clock.js';

describe('reveal.js deck driving the widget', () => {
  it('moves the widget step by step with the fragments, and back', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div class="reveal" style="width:1000px;height:700px">
        <div class="slides">
          <section><h2>Title</h2></section>
          <section data-li-step="1">
            <liver-intervention procedure="ptcd" controls="off"></liver-intervention>
            <p class="fragment" data-li-step="2">Entry</p>
            <p class="fragment" data-li-step="3">Puncture</p>
            <p class="fragment" data-li-step="5">Cholangiogram</p>
          </section>
        </div>
      </div>
    `);
    const el = root.querySelector<LiverIntervention>('liver-intervention')!;
    await el.updateComplete;
    const clock = new ManualClock();
    el.clock = clock;
    const deck = new Reveal(root, { embedded: true, hash: false, history: false, transition: 'none' });
    bindDeckSteps(deck);
    await deck.initialize();
    const steps: number[] = [];
    el.addEventListener('li-step-change', (e) => steps.push(e.detail.step));
    const advance = async (move: () => void) => {
      move();
      clock.flush();
      await el.updateComplete;
      return el.step;
    };
    expect(await advance(() => deck.next())).to.equal(1);
    expect(await advance(() => deck.next())).to.equal(2);
    expect(await advance(() => deck.next())).to.equal(3);
    expect(await advance(() => deck.next())).to.equal(5);
    expect(await advance(() => deck.prev())).to.equal(3);
    expect(await advance(() => deck.prev())).to.equal(2);
    expect(await advance(() => deck.prev())).to.equal(1);
    expect(steps).to.deep.equal([2, 3, 5, 3, 2, 1]);
    deck.destroy();
  });
});
