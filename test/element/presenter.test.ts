import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { ManualClock } from './manual-clock.js';
import { mount, settle } from './mount.js';

async function presenter() {
  const el = await mount(800);
  const clock = new ManualClock();
  el.clock = clock;
  const heard: string[] = [];
  const listen = (e: KeyboardEvent) => heard.push(e.key);
  document.addEventListener('keydown', listen);
  return { el, clock, heard, stop: () => document.removeEventListener('keydown', listen) };
}

async function press(el: LiverIntervention, clock: ManualClock, key: string) {
  await sendKeys({ press: key });
  clock.flush();
  await settle(el);
}

const button = (el: LiverIntervention, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);

describe('<liver-intervention> presenter mode', () => {
  afterEach(async () => {
    if (document.fullscreenElement) await document.exitFullscreen();
  });

  it('moves with clicker keys and keeps every handled key from the host page', async () => {
    const { el, clock, heard, stop } = await presenter();
    try {
      el.shadowRoot!.querySelector<HTMLElement>('.stage')!.focus();
      const steps: number[] = [];
      for (const key of ['PageDown', 'PageDown', 'ArrowRight', 'PageUp', 'ArrowLeft']) {
        await press(el, clock, key);
        steps.push(el.step);
      }
      expect(steps).to.deep.equal([2, 3, 4, 3, 2]);
      await press(el, clock, ' ');
      expect(el.playing || el.step === el.steps.length, 'Space plays').to.equal(true);
      expect(heard, 'a deck around the widget hears none of them').to.deep.equal([]);
      await press(el, clock, 'x');
      await press(el, clock, 'Tab');
      expect(heard).to.deep.equal(['x', 'Tab']);
    } finally {
      stop();
    }
  });

  it('blanks and unblanks with B and the full stop', async () => {
    const { el, clock, heard, stop } = await presenter();
    try {
      el.shadowRoot!.querySelector<HTMLElement>('.stage')!.focus();
      const cover = () => el.shadowRoot!.querySelector<HTMLElement>('[part="blank"]');
      await press(el, clock, 'b');
      expect(el.blank).to.equal(true);
      const box = cover()!.getBoundingClientRect();
      const host = el.getBoundingClientRect();
      expect([box.width, box.height]).to.deep.equal([host.width, host.height]);
      expect(getComputedStyle(cover()!).backgroundColor).to.equal('rgb(0, 0, 0)');
      await press(el, clock, '.');
      expect(el.blank).to.equal(false);
      expect(cover()).to.equal(null);
      expect(heard).to.deep.equal([]);
    } finally {
      stop();
    }
  });

  it('ignores the keys while focus is outside the widget', async () => {
    const { el, clock, heard, stop } = await presenter();
    try {
      await press(el, clock, 'PageDown');
      await press(el, clock, 'b');
      expect(el.step).to.equal(1);
      expect(el.blank).to.equal(false);
      expect(heard).to.deep.equal(['PageDown', 'b']);
    } finally {
      stop();
    }
  });

  it('leaves Space to a focused button and arrows to the scrubber', async () => {
    const { el, clock, heard, stop } = await presenter();
    try {
      button(el, 'Full screen')!.focus();
      await press(el, clock, 'PageDown');
      expect(el.step, 'PageDown from a button still steps').to.equal(2);
      const scrubber = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="range"]');
      if (scrubber) {
        scrubber.focus();
        await press(el, clock, 'ArrowRight');
        expect(heard, 'the slider keeps its arrows').to.deep.equal(['ArrowRight']);
      }
    } finally {
      stop();
    }
  });

  it('fills the screen with the drawing, caption and controls on F, and leaves on F', async () => {
    const { el, clock } = await presenter();
    el.shadowRoot!.querySelector<HTMLElement>('.stage')!.focus();
    await press(el, clock, 'f');
    await new Promise((r) => requestAnimationFrame(r));
    await settle(el);
    expect(document.fullscreenElement).to.equal(el);
    expect(el.fullscreen).to.equal(true);
    expect(button(el, 'Full screen')!.getAttribute('aria-pressed')).to.equal('true');
    const stage = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    const controls = el.shadowRoot!.querySelector('[part="controls"]')!.getBoundingClientRect();
    const caption = el.shadowRoot!.querySelector('[part="caption"]')!.getBoundingClientRect();
    expect(el.getBoundingClientRect().width).to.equal(innerWidth);
    expect(stage.height, 'the drawing takes most of the screen').to.be.greaterThan(innerHeight * 0.4);
    expect(caption.bottom).to.be.at.most(innerHeight + 1);
    expect(controls.top).to.be.lessThan(innerHeight);
    await press(el, clock, 'f');
    await new Promise((r) => requestAnimationFrame(r));
    expect(document.fullscreenElement).to.equal(null);
  });
});
