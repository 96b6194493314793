import { expect, nextFrame } from '@open-wc/testing';
import { ManualClock } from './manual-clock.js';
import { mount, settle, svgOf } from './mount.js';

/** Two frames: the intersection observer reports after the rendering update. */
async function observed() {
  await nextFrame();
  await nextFrame();
}

const drawing = (svg: SVGSVGElement) => svg.querySelector('g.layers')!.outerHTML + svg.getAttribute('viewBox');

describe('lifecycle', () => {
  it('a widget removed and re-inserted draws again at the same step', async () => {
    const el = await mount(600);
    const clock = new ManualClock();
    el.clock = clock;
    const going = el.goTo(4);
    clock.flush();
    await going;
    await settle(el);
    const before = drawing(svgOf(el));
    const parent = el.parentElement!;
    el.remove();
    await observed();
    parent.append(el);
    await settle(el);
    expect(el.step).to.equal(4);
    expect(svgOf(el).querySelectorAll('.layer path').length).to.be.greaterThan(50);
    expect(drawing(svgOf(el))).to.equal(before);
  });

  it('off screen, playback asks for no frames, and goes on from the same moment when back', async () => {
    const el = await mount(600);
    const clock = new ManualClock();
    el.clock = clock;
    const box = el.parentElement!;
    await observed();
    const playing = el.play();
    clock.tick(400);
    expect(clock.pending).to.equal(1);
    await settle(el);
    const step = el.step;
    box.style.transform = 'translateY(-5000px)';
    await observed();
    expect(clock.pending).to.equal(0);
    const held = drawing(svgOf(el));
    clock.tick(30_000);
    expect(drawing(svgOf(el))).to.equal(held);
    expect(el.playing).to.equal(true);
    box.style.transform = '';
    await observed();
    expect(clock.pending).to.equal(1);
    // The first frame back moves by one frame, not by the half minute spent away.
    clock.tick(16);
    await settle(el);
    expect(el.step).to.equal(step);
    el.pause();
    await playing;
  });

  it('in a hidden tab, playback asks for no frames until the tab is shown again', async () => {
    const el = await mount(600);
    const clock = new ManualClock();
    el.clock = clock;
    await observed();
    const playing = el.play();
    clock.tick(100);
    const setVisibility = (state: DocumentVisibilityState) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      setVisibility('hidden');
      expect(clock.pending).to.equal(0);
      setVisibility('visible');
      expect(clock.pending).to.equal(1);
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    el.pause();
    await playing;
  });

  it('the scale bar shows 1 cm at the drawn scale from the first frame', async () => {
    const el = await mount(600);
    const svg = svgOf(el);
    const [, , w, h] = svg.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
    const box = svg.getBoundingClientRect();
    const ppu = Math.min(box.width / w, box.height / h);
    const bar = el.shadowRoot!.querySelector<HTMLElement>('.scalebar > span')!;
    expect(Math.abs(parseFloat(getComputedStyle(bar).width) - 28 * ppu)).to.be.lessThan(1);
  });
});
