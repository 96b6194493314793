import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { mount, settle, svgOf } from './mount.js';

/** Loads the embed page in a `width` × `height` frame and returns its element once drawn. */
async function embed(width: number, height: number, query: string) {
  await setViewport({ width: width + 40, height: height + 40 });
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  const frame = Object.assign(document.createElement('iframe'), {
    title: 'embed',
    width: String(width),
    height: String(height),
  });
  frame.style.border = '0';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/demo/embed.html?${query}`;
  box.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await new Promise((r) => setTimeout(r, 0));
  await win.customElements.whenDefined('liver-intervention');
  const el = frame.contentDocument!.querySelector('liver-intervention') as LiverIntervention;
  await settle(el);
  return { el, win, doc: frame.contentDocument! };
}

/** Asserts the drawing, the caption and the play/next buttons lie within `height` px, the caption beside the drawing. */
function checkFit(el: LiverIntervention, width: number, height: number, what: string) {
  const root = el.shadowRoot!;
  const rect = (sel: string) => root.querySelector(sel)!.getBoundingClientRect();
  const stage = rect('.stage');
  const caption = rect('.caption');
  const play = rect('button.play');
  const next = rect('button[aria-label="Next step"]');
  // The step list lies open in the right column, below the controls, on the same screen.
  const steps = rect('.steps-aside');
  expect(steps.height, `${what}: step list shown`).to.be.greaterThan(100);
  expect(steps.left, `${what}: step list beside the drawing`).to.be.at.least(stage.right);
  for (const [name, r] of Object.entries({ stage, caption, play, next, steps })) {
    expect(r.bottom, `${what}: ${name} bottom`).to.be.at.most(height + 0.5);
    expect(r.right, `${what}: ${name} right`).to.be.at.most(width + 0.5);
    expect(r.top, `${what}: ${name} top`).to.be.at.least(-0.5);
  }
  expect(caption.left, `${what}: caption beside the drawing`).to.be.at.least(stage.right);
  expect(stage.height, `${what}: drawing height`).to.be.at.least(height * 0.9);
}

describe('screens: projector 1920×1080 and phone 360 px', () => {
  for (const [query, audience] of [
    ['procedure=ptcd', 'clinician'],
    ['procedure=stent&stent=mesh', 'clinician'],
    ['procedure=stent&stent=mesh', 'patient'],
  ] as const)
    it(`embed page at 1920×1080 (${query}, ${audience}): every step fits without scrolling`, async () => {
      const { el, doc } = await embed(1920, 1080, `${query}&audience=${audience}`);
      for (let step = 1; step <= el.steps.length; step++) {
        el.step = step;
        await settle(el);
        checkFit(el, 1920, 1080, `step ${step}`);
        expect(doc.scrollingElement!.scrollHeight, `step ${step}: page height`).to.be.at.most(1080);
      }
    });

  it('fills a 1920×1080 screen as in fullscreen with drawing, caption and controls, text larger than on a laptop', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const laptop = await mount(900, { step: '5' });
    const small = parseFloat(getComputedStyle(laptop.shadowRoot!.querySelector('.caption p')!).fontSize);
    await setViewport({ width: 1920, height: 1080 });
    // Fullscreen gives the element the whole screen (:host(:fullscreen) is 100vw × 100vh); a fixed box does the same.
    const box = await fixture<HTMLDivElement>(html`<div style="position:fixed;inset:0"></div>`);
    const el = document.createElement('liver-intervention');
    el.setAttribute('step', '5');
    box.append(el);
    await settle(el);
    expect(el.shadowRoot!.querySelector('button.fullscreen'), 'a Full screen button').to.exist;
    checkFit(el, 1920, 1080, 'fullscreen');
    const big = parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.caption p')!).fontSize);
    expect(big).to.be.greaterThan(small * 1.3);
    const label = svgOf(el).querySelector('.label text')!.getBoundingClientRect().height;
    expect(label, 'label height on the projector').to.be.at.least(18);
  });

  for (const [width, height] of [
    [1280, 1536],
    [1920, 2304],
    [1100, 1536],
  ] as const)
    it(`puts the caption beside the drawing in a ${width} px container on a tall ${width}×${height} screen`, async () => {
      await setViewport({ width, height });
      const box = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
      const el = document.createElement('liver-intervention');
      el.setAttribute('step', '5');
      box.append(el);
      await settle(el);
      const rect = (sel: string) => el.shadowRoot!.querySelector(sel)!.getBoundingClientRect();
      const [stage, caption, next] = [rect('.stage'), rect('.caption'), rect('button[aria-label="Next step"]')];
      expect(caption.left, 'caption beside the drawing').to.be.at.least(stage.right);
      for (const [name, r] of Object.entries({ stage, caption, next }))
        expect(r.bottom, `${name} bottom`).to.be.at.most(height);
      expect(stage.width, 'drawing width').to.be.at.least(width * 0.5);
      // A widget as wide as a projector's is read from as far away: its labels are the projector's size.
      // Rounded to a hundredth of a px: the box comes out a few millionths under 24 from the SVG's scaling.
      const label = svgOf(el).querySelector('.label text')!.getBoundingClientRect().height;
      if (width >= 1600) expect(Math.round(label * 100) / 100, 'label height').to.be.at.least(24);
    });

  it('caps the drawing at 70% of a tall screen when the container is too narrow for the caption beside it', async () => {
    await setViewport({ width: 1000, height: 1200 });
    const el = await fixture<LiverIntervention>(html`<liver-intervention step="5"></liver-intervention>`);
    await settle(el);
    const stage = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
    expect(stage.height).to.be.at.most(1200 * 0.7 + 0.5);
  });

  for (const width of [360, 414])
    it(`uses the full width at ${width} px, with the text below the drawing`, async () => {
      const first = await mount(width, { procedure: 'ptcd', audience: 'patient' });
      for (let step = 1; step <= first.steps.length; step++) {
        const el =
          step === 1 ? first : await mount(width, { procedure: 'ptcd', audience: 'patient', step: String(step) });
        const svg = svgOf(el);
        const box = svg.getBoundingClientRect();
        const drawn = svg.viewBox.baseVal.width * svg.getScreenCTM()!.a;
        expect(box.width, `step ${step}: svg width`).to.be.closeTo(width, 0.5);
        expect(drawn, `step ${step}: drawing width`).to.be.at.least(width * 0.97);
        const caption = el.shadowRoot!.querySelector('.caption')!.getBoundingClientRect();
        expect(caption.top, `step ${step}: caption below`).to.be.at.least(box.bottom - 0.5);
      }
    });

  it('shows a small locator map with the close-up’s frame on a close-up, and none on the overview', async () => {
    const close = await mount(360, { procedure: 'ptcd', step: '2' });
    const locator = close.shadowRoot!.querySelector<SVGSVGElement>('.stage > svg.locator')!;
    expect(locator.getAttribute('display')).to.equal(null);
    expect(locator.getAttribute('aria-hidden')).to.equal('true');
    const view = svgOf(close).viewBox.baseVal;
    const rect = locator.querySelector('rect')!;
    expect(Number(rect.getAttribute('width'))).to.be.closeTo(view.width, 0.5);
    expect(locator.querySelector('path.tone-liver')).to.exist;
    const box = locator.getBoundingClientRect();
    expect(box.width).to.be.within(50, 90);
    for (let step = 2; step < close.steps.length; step++) {
      const el = await mount(360, { procedure: 'ptcd', step: String(step) });
      const map = el.shadowRoot!.querySelector('.stage > svg.locator')!.getBoundingClientRect();
      for (const t of svgOf(el).querySelectorAll('.label text')) {
        const r = t.getBoundingClientRect();
        const under = r.left < map.right && map.left < r.right && r.top < map.bottom && map.top < r.bottom;
        expect(under, `step ${step}: ${t.textContent} under the locator`).to.equal(false);
      }
    }
    const overview = await mount(360, { procedure: 'ptcd', step: '1' });
    expect(overview.shadowRoot!.querySelector('.stage > svg.locator')!.getAttribute('display')).to.equal('none');
  });
});
