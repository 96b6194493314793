import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { drawing, expectSameDrawing, run, withClock } from './drawing.js';
import { settle } from './mount.js';

for (const approach of ['right', 'left']) {
  describe(`playback, ${approach} approach`, () => {
    it('reaches the same picture by goTo(step) as by playing every step before it', async () => {
      const a = await withClock({ approach });
      const b = await withClock({ approach });
      const count = a.el.steps.length;
      expect(count).to.be.greaterThan(6);
      await run(a.el, a.clock, () => a.el.goTo(1));
      for (let step = 2; step <= count; step++) {
        await run(a.el, a.clock, () => a.el.next());
        await run(b.el, b.clock, () => b.el.goTo(step));
        expect(a.el.step).to.equal(step);
        expectSameDrawing(drawing(b.el), drawing(a.el), `step ${step}`);
      }
    });
  });
}

describe('playback controls and API', () => {
  it('steps with next and previous, clamped at the ends', async () => {
    const { el, clock } = await withClock();
    await run(el, clock, () => el.goTo(3));
    expect(el.step).to.equal(3);
    await run(el, clock, () => el.previous());
    expect(el.step).to.equal(2);
    await run(el, clock, () => el.goTo(99));
    expect(el.step).to.equal(el.steps.length);
    await run(el, clock, () => el.next());
    expect(el.step).to.equal(el.steps.length);
  });

  it('scrubbing backwards shows the earlier step', async () => {
    const { el, clock } = await withClock();
    await run(el, clock, () => el.goTo(6));
    const scrubber = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]')!;
    scrubber.value = '0';
    scrubber.dispatchEvent(new Event('input'));
    await settle(el);
    expect(el.step).to.equal(1);
    expect(el.getAttribute('step')).to.equal('1');
  });

  it('fires play, step changes and end in order, and pause when paused', async () => {
    const { el, clock } = await withClock();
    await run(el, clock, () => el.goTo(el.steps.length - 2));
    const seen: string[] = [];
    for (const type of ['li-play', 'li-pause', 'li-end', 'li-step-change'])
      el.addEventListener(type, (e) => seen.push(`${type}:${(e as CustomEvent<{ step: number }>).detail.step}`));
    const n = el.steps.length;
    const played = el.play();
    clock.flush();
    await played;
    expect(seen).to.deep.equal([`li-play:${n - 2}`, `li-step-change:${n - 1}`, `li-step-change:${n}`, `li-end:${n}`]);
    seen.length = 0;
    const again = el.play();
    clock.tick(200);
    el.pause();
    await again;
    expect(seen.slice(0, 2)).to.deep.equal(['li-step-change:1', 'li-play:1']);
    expect(seen.at(-1)).to.match(/^li-pause:/);
    expect(el.playing).to.equal(false);
    expect(clock.pending).to.equal(0);
  });

  it('opens at the step given by the attribute, at its end state', async () => {
    const direct = await withClock({ step: '4' });
    const played = await withClock();
    await run(played.el, played.clock, () => played.el.goTo(4));
    expect(direct.el.step).to.equal(4);
    expectSameDrawing(drawing(direct.el), drawing(played.el), 'step 4');
  });

  it('under reduced motion, goTo settles at once and shows the end state', async function () {
    // Media emulation needs the Chrome DevTools Protocol; Firefox is driven over WebDriver BiDi.
    if (navigator.userAgent.includes('Firefox')) this.skip();
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { el, clock } = await withClock();
      await el.goTo(5);
      await settle(el);
      expect(clock.pending).to.equal(0);
      const reference = await withClock();
      await run(reference.el, reference.clock, () => reference.el.goTo(5));
      expectSameDrawing(drawing(el), drawing(reference.el), 'reduced motion');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('changes step with the keys only while the scene has focus', async () => {
    const { el, clock } = await withClock();
    await sendKeys({ press: 'ArrowRight' });
    clock.flush();
    await settle(el);
    expect(el.step, 'no focus: key ignored').to.equal(1);
    el.shadowRoot!.querySelector<HTMLElement>('.stage')!.focus();
    for (const [key, expected] of [
      ['ArrowRight', 2],
      ['PageDown', 3],
      ['PageUp', 2],
      ['ArrowLeft', 1],
      ['End', el.steps.length],
      ['Home', 1],
    ] as const) {
      await sendKeys({ press: key });
      clock.flush();
      await settle(el);
      expect(el.step, key).to.equal(expected);
    }
    await sendKeys({ press: ' ' });
    expect(el.playing).to.equal(true);
    await sendKeys({ press: ' ' });
    expect(el.playing).to.equal(false);
  });

  it('switches the caption between clinician and patient text', async () => {
    const { el } = await withClock({ step: '3' });
    const caption = () => el.shadowRoot!.querySelector('[part="caption"] p')!.textContent!;
    const clinician = caption();
    el.audience = 'patient';
    await settle(el);
    expect(caption()).to.not.equal(clinician);
    expect(el.shadowRoot!.querySelector('[part="caption"]')!.getAttribute('aria-live')).to.equal('polite');
  });

  it('falls back to ptcd and the right approach for unknown values, warning once each', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
    try {
      const { el } = await withClock({ procedure: 'heart-transplant', approach: 'dorsal' });
      expect(el.procedure).to.equal('ptcd');
      expect(el.approach).to.equal('right');
      expect(el.steps.length).to.be.greaterThan(6);
      expect(warnings.filter((w) => w.includes('heart-transplant'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('dorsal'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });
});
