import { expect } from '@open-wc/testing';
import { ManualClock } from './manual-clock.js';
import { mount, settle, svgOf } from './mount.js';

describe('procedure variants', () => {
  it('keeps the step when the stent type, obstruction or view changes', async () => {
    const el = await mount(800, { procedure: 'stent', step: '5' });
    for (const [name, value] of [
      ['stent', 'z'],
      ['stent', 'plastic'],
      ['view', 'fluoroscopy'],
      ['obstruction', 'hilar-1'],
    ] as const) {
      el.setAttribute(name, value);
      await settle(el);
      expect(el.step, `${name}=${value}`).to.equal(5);
    }
  });

  it('switches the drawing to an X-ray look and back', async () => {
    const el = await mount(800, { step: '6' });
    el.view = 'fluoroscopy';
    await settle(el);
    expect(svgOf(el).classList.contains('view-fluoroscopy')).to.equal(true);
    const contrast = svgOf(el).querySelector('.paint-contrast');
    expect(contrast, 'contrast drawn in fluoroscopy').to.exist;
    const [r, g, b] = getComputedStyle(contrast!).fill.match(/\d+/g)!.map(Number);
    // Mid-dark, well below the soft tissue, so a stent's black metal still reads on it.
    const tissue = Math.max(...getComputedStyle(svgOf(el)).backgroundColor.match(/\d+/g)!.map(Number));
    expect(Math.max(r!, g!, b!), 'contrast is dark').to.be.lessThan(tissue - 80);
    el.view = 'illustration';
    await settle(el);
    expect(svgOf(el).classList.contains('view-fluoroscopy')).to.equal(false);
  });

  it('explains an unsuitable pair instead of animating it', async () => {
    const el = await mount(800, { procedure: 'balloon-dilation', obstruction: 'distal' });
    const status = el.shadowRoot!.querySelector('[role="status"]');
    expect(status, 'explanation').to.exist;
    expect(status!.textContent!.length).to.be.greaterThan(40);
    expect(el.shadowRoot!.querySelector('.transport'), 'no playback controls').to.equal(null);
    expect(status!.textContent).to.match(/pancreatic/i);
    // The case's name reads inside the sentence: "Not suitable for distal CBD obstruction…", an initialism kept.
    expect(status!.querySelector('h2')!.textContent).to.match(/^Not suitable for distal CBD obstruction/);
    el.audience = 'patient';
    await settle(el);
    const plain = el.shadowRoot!.querySelector('[role="status"] h2')!.textContent!;
    expect(plain).to.match(/^This treatment is not used for: a lump in the pancreas/);
    el.audience = 'clinician';
    el.obstruction = 'benign-anastomotic';
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.transport')).to.exist;
  });

  it('after a refused balloon dilation of a malignant block, offers a metal stent as well as the drains', async () => {
    const el = await mount(800, { procedure: 'balloon-dilation', obstruction: 'distal' });
    const offered = () => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.alternatives button')];
    expect(offered().map((b) => b.textContent!.trim())).to.include.members([
      'Internal–external drainage',
      'External drainage (PTCD)',
      'Metal stent',
    ]);
    offered()
      .find((b) => /stent/i.test(b.textContent!))!
      .click();
    await settle(el);
    expect(el.procedure).to.equal('stent');
    expect(el.stent).to.not.equal('plastic');
    expect(el.shadowRoot!.querySelector('.unsuitable'), 'the stent suits this block').to.equal(null);
    // A benign block is not offered a metal stent.
    el.obstruction = 'benign-anastomotic';
    await settle(el);
    expect(offered().length, 'metal stent refused for a benign block').to.be.greaterThan(0);
    expect(offered().some((b) => /stent/i.test(b.textContent!))).to.equal(false);
  });

  it('shows an unsuitable pair as a still picture: play and step changes draw no animation frames', async () => {
    const el = await mount(800, { procedure: 'balloon-dilation', obstruction: 'distal' });
    const clock = new ManualClock();
    el.clock = clock;
    const before = svgOf(el).innerHTML;
    void el.play();
    await el.goTo(3);
    await settle(el);
    expect(clock.pending, 'no frame requested').to.equal(0);
    expect(el.playing).to.equal(false);
    // The step's end state is drawn at once (devices and all), not tweened.
    expect(el.step).to.equal(3);
    expect(svgOf(el).innerHTML).to.not.equal(before);
  });

  it('offers a suitable procedure from the explanation', async () => {
    const el = await mount(800, { procedure: 'balloon-dilation', obstruction: 'distal' });
    const offer = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="status"] button')].find((b) =>
      b.textContent!.includes('Internal'),
    )!;
    offer.click();
    await settle(el);
    expect(el.procedure).to.equal('internal-drainage');
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
  });

  it('shows the clinical context in the chosen register', async () => {
    const el = await mount(800, { procedure: 'internal-drainage' });
    const panel = () => el.shadowRoot!.querySelector('[part="context"]')!;
    expect(panel().textContent).to.contain('Indications');
    el.audience = 'patient';
    await settle(el);
    expect(panel().textContent).to.contain('When it helps');
  });
});

describe('procedure variants, accessibility', () => {
  const cases: Record<string, string>[] = [
    { procedure: 'stent', stent: 'z', step: '8', view: 'fluoroscopy' },
    { procedure: 'stent', stent: 'plastic', obstruction: 'benign-anastomotic', step: '8', audience: 'patient' },
    { procedure: 'internal-drainage', obstruction: 'hilar-2', step: '6' },
    { procedure: 'balloon-dilation', obstruction: 'benign-anastomotic', step: '6', view: 'fluoroscopy' },
    { procedure: 'balloon-dilation', obstruction: 'distal' },
  ];
  for (const attrs of cases) {
    it(`has no axe violations: ${JSON.stringify(attrs)}`, async () => {
      const el = await mount(360, attrs);
      await expect(el).to.be.accessible();
    });
  }
});

describe('plain-language titles', () => {
  it('shows the plain title in patient mode and the clinician title otherwise', async () => {
    const el = await mount(800, { procedure: 'stent', step: '8' });
    const title = () => el.shadowRoot!.querySelector('[part="caption"] h2')!.textContent!.trim();
    const clinician = title();
    el.audience = 'patient';
    await settle(el);
    expect(title()).to.not.equal(clinician);
    expect(title().length).to.be.greaterThan(5);
  });
});
