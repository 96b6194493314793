import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mount, settle, svgOf } from './mount.js';

/** Words a patient should not meet on the drawing: jargon names, numbers, vertebral levels. */
const JARGON = /\b(?:back right|front right|outer left|pancreas tube|lung space|rib|segment|[IVX]+[ab]?|\d+|T\d+)\b/i;

/** Every bundled procedure, in the variants that change what is drawn. */
const CASES: Record<string, string>[] = [
  { procedure: 'ptcd', approach: 'right' },
  { procedure: 'ptcd', approach: 'left' },
  { procedure: 'stent', stent: 'mesh' },
  { procedure: 'stent', stent: 'plastic' },
  { procedure: 'internal-drainage', obstruction: 'hilar-2' },
  { procedure: 'balloon-dilation', obstruction: 'benign-anastomotic' },
  { procedure: 'cholecystostomy' },
];

const labelTexts = (svg: SVGSVGElement) =>
  [...svg.querySelectorAll<SVGTextElement>('.label:not(.kind-numeral) text')].map((t) => ({
    text: t.textContent!.replace(/[←→↑↓]/g, '').trim(),
    height: t.getBoundingClientRect().height,
  }));

describe('patient mode labels at 360 px (plain words, fixed order)', () => {
  for (const attrs of CASES)
    it(`${JSON.stringify(attrs)}: every step ≤ 4 labels, ≥ 12 px, ≤ 3 plain words`, async () => {
      const first = await mount(360, { ...attrs, audience: 'patient' });
      for (let step = 1; step <= first.steps.length; step++) {
        const el = step === 1 ? first : await mount(360, { ...attrs, audience: 'patient', step: String(step) });
        const labels = labelTexts(svgOf(el));
        const what = `step ${step}`;
        expect(labels.length, `${what}: count`).to.be.within(1, 4);
        for (const l of labels) {
          expect(l.height, `${what}: "${l.text}" height`).to.be.at.least(12);
          expect(l.text.split(/\s+/).length, `${what}: "${l.text}" words`).to.be.at.most(3);
          expect(l.text, what).to.not.match(JARGON);
        }
        expect(svgOf(el).querySelector('.kind-numeral'), `${what}: rib or vertebra numbers`).to.equal(null);
      }
    });

  it('names the lump the text talks about, and the stent being placed, in the stent steps', async () => {
    const el = await mount(360, { procedure: 'stent', stent: 'mesh', audience: 'patient', step: '8' });
    const texts = labelTexts(svgOf(el)).map((l) => l.text);
    expect(texts).to.include('lump');
    expect(texts[0]).to.equal('stent');
  });

  it('names the needle in the step that finds a bile tube', async () => {
    const el = await mount(360, { procedure: 'ptcd', approach: 'right', audience: 'patient', step: '4' });
    expect(labelTexts(svgOf(el))[0]?.text).to.equal('needle');
  });

  // Radiologist P4 (round 4): "blockage" beside "lump" elsewhere may suggest cancer; a benign scar is a narrow scar.
  it('calls a scar narrowing a narrow scar, not a lump or a blockage', async () => {
    const el = await mount(360, {
      procedure: 'balloon-dilation',
      obstruction: 'benign-anastomotic',
      audience: 'patient',
      step: '6',
    });
    const texts = labelTexts(svgOf(el)).map((l) => l.text);
    expect(texts).to.include('narrow scar');
    expect(texts).to.not.include('blockage');
    expect(texts).to.not.include('lump');
  });
});

describe('patient mode body context at 360 px', () => {
  it('replaces the organ map with a torso locator, the entry spot and words under it, clear of labels', async () => {
    for (let step = 2; step <= 10; step++) {
      const el = await mount(360, { procedure: 'ptcd', approach: 'right', audience: 'patient', step: String(step) });
      const locator = el.shadowRoot!.querySelector<SVGSVGElement>('.stage > svg.locator')!;
      if (locator.getAttribute('display') === 'none') continue;
      expect(locator.classList.contains('torso'), `step ${step}`).to.equal(true);
      expect(locator.querySelector('path.tone-skin'), `step ${step}: torso`).to.exist;
      const spot = locator.querySelector('circle.spot');
      expect(spot, `step ${step}: entry spot`).to.exist;
      // The right entry is on the patient's right: the viewer's left half of the torso.
      expect(Number(spot!.getAttribute('cx')), `step ${step}: spot side`).to.be.below(560);
      const note = el.shadowRoot!.querySelector<HTMLElement>('.stage > p.locator-note')!;
      expect(note.hidden, `step ${step}: words`).to.equal(false);
      // Where the entry is, while the needle makes it; afterwards the steps work through it.
      expect(note.textContent, `step ${step}`).to.match(step <= 5 ? /your right side/ : /^This is where it went in$/);
      const covered = [locator.getBoundingClientRect(), note.getBoundingClientRect()];
      for (const t of svgOf(el).querySelectorAll('.label text')) {
        const r = t.getBoundingClientRect();
        for (const m of covered)
          expect(
            r.left < m.right && m.left < r.right && r.top < m.bottom && m.top < r.bottom,
            `step ${step}: ${t.textContent} under the locator`,
          ).to.equal(false);
      }
    }
  });

  for (const [attrs, step] of [
    [{ procedure: 'stent', stent: 'mesh' }, 8],
    [{ procedure: 'balloon-dilation', obstruction: 'benign-anastomotic' }, 6],
  ] as const)
    it(`says it went in at the spot, not between ribs, on a later step (${attrs.procedure} ${step})`, async () => {
      const el = await mount(360, { ...attrs, audience: 'patient', step: String(step) });
      const note = el.shadowRoot!.querySelector<HTMLElement>('.stage > p.locator-note')!;
      expect(note.hidden).to.equal(false);
      expect(note.textContent).to.equal('This is where it went in');
    });

  it('says "Your right side" with an arrow and a hint, has no scale bar, and keeps it on the left in RTL', async () => {
    document.documentElement.dir = 'rtl';
    try {
      const el = await mount(360, { procedure: 'ptcd', audience: 'patient', step: '4' });
      const sides = el.shadowRoot!.querySelector<HTMLElement>('.sides')!;
      expect(sides.textContent).to.match(/← Your right side/);
      expect(sides.textContent).to.match(/facing the doctor/);
      expect(sides.textContent).to.not.match(/R \(patient\)|1 cm/);
      expect(el.shadowRoot!.querySelector('.scalebar')).to.equal(null);
      const right = sides.querySelector('.your-right')!.getBoundingClientRect();
      expect(right.left - sides.getBoundingClientRect().left).to.be.below(20);
    } finally {
      document.documentElement.dir = '';
    }
  });

  it('keeps the clinician’s R/L marks and 1 cm scale bar', async () => {
    const el = await mount(360, { procedure: 'ptcd', step: '4' });
    expect(el.shadowRoot!.querySelector('.sides')!.textContent).to.match(/R \(patient\)/);
    expect(el.shadowRoot!.querySelector('.scalebar')).to.exist;
  });
});

describe('patient mode dye', () => {
  const luminance = (rgb: string) => {
    // color-mix() computes to color(srgb r g b) in 0–1; plain colours to rgb() in 0–255.
    const scale = rgb.startsWith('color(') ? 1 : 255;
    const [r, g, b] = rgb
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number) as [number, number, number];
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / scale;
  };
  const dyeOf = async (audience: string) => {
    const el = await mount(360, { procedure: 'ptcd', audience, step: '5' });
    const dye = svgOf(el).querySelector<SVGPathElement>('.layer path.paint-contrast')!;
    return luminance(getComputedStyle(dye).fill);
  };

  it('is a deep blue for a patient and a dark blue-grey for a clinician', async () => {
    // A clinician's dye is a dark blue-grey mixed over the green duct (the X-ray view keeps it near black); a
    // patient's is the darkest duct value, so the one tube it fills stands out from the green ducts (review B8).
    expect(await dyeOf('clinician')).to.be.below(0.36);
    expect(await dyeOf('patient')).to.be.below(0.3);
  });
});

describe('patient mode on a tall phone', () => {
  it('gives the drawing ≥ 55% of a 360 × 740 screen, full width, with the text below', async () => {
    for (const step of ['1', '4', '8']) {
      const el = await mount(360, { procedure: 'ptcd', audience: 'patient', step });
      await setViewport({ width: 360, height: 740 });
      await settle(el);
      const stage = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
      expect(stage.height, `step ${step}: stage height`).to.be.at.least(0.55 * 740);
      expect(stage.width, `step ${step}: stage width`).to.be.at.least(355);
      const caption = el.shadowRoot!.querySelector('.caption')!.getBoundingClientRect();
      expect(caption.top, `step ${step}: caption below`).to.be.at.least(stage.bottom - 0.5);
    }
  });
});

describe('labels on a narrow course page', () => {
  it('keeps every label inside the drawing at 336 px (a phone page with margins), whole words unclipped', async () => {
    const pages: Record<string, string>[] = [{ procedure: 'stent', stent: 'z' }, { procedure: 'ptcd' }];
    for (const attrs of pages) {
      const first = await mount(336, attrs);
      for (let step = 1; step <= first.steps.length; step++) {
        const el = step === 1 ? first : await mount(336, { ...attrs, step: String(step) });
        const frame = svgOf(el).getBoundingClientRect();
        for (const t of svgOf(el).querySelectorAll('.label text')) {
          const r = t.getBoundingClientRect();
          const what = `${attrs.procedure} step ${step}: ${t.textContent}`;
          // Within a pixel: engines round glyph boxes differently (Firefox overhangs by a fraction).
          expect(r.left, what).to.be.at.least(frame.left - 1);
          expect(r.right, what).to.be.at.most(frame.right + 1);
        }
      }
    }
  });
});

describe('layouts on a projector and a course page', () => {
  it('fits explore mode (drawing, caption, controls) in 1920 × 1080 with no scrolling', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const el = document.createElement('liver-intervention');
    el.setAttribute('procedure', 'none');
    document.body.append(el);
    try {
      await settle(el);
      await settle(el);
      const root = el.shadowRoot!;
      // Within a pixel of the screen: Firefox lays out to fractions of a pixel.
      expect(el.getBoundingClientRect().bottom, 'widget').to.be.at.most(1081);
      for (const part of ['.stage', '.controls button']) {
        const r = root.querySelector(part)!.getBoundingClientRect();
        expect(r.bottom, part).to.be.at.most(1081);
        expect(r.right, part).to.be.at.most(1920);
      }
    } finally {
      el.remove();
    }
  });

  it('shows the caption above the fold beside the drawing on a 1280 × 800 course page', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = document.createElement('liver-intervention');
    el.setAttribute('procedure', 'ptcd');
    el.setAttribute('step', '5');
    document.body.append(el);
    try {
      await settle(el);
      await settle(el);
      const caption = el.shadowRoot!.querySelector('.caption')!.getBoundingClientRect();
      const stage = el.shadowRoot!.querySelector('.stage')!.getBoundingClientRect();
      expect(caption.top, 'caption top').to.be.below(800);
      expect(caption.left, 'caption beside the drawing').to.be.at.least(stage.right - 0.5);
    } finally {
      el.remove();
    }
  });

  it('draws the side marks and scale bar at ≥ 24 px in the projector theme at 1920', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const el = document.createElement('liver-intervention');
    el.setAttribute('theme', 'projector');
    document.body.append(el);
    try {
      await settle(el);
      const sides = el.shadowRoot!.querySelector('.sides')!;
      for (const span of sides.querySelectorAll(':scope > span'))
        expect(parseFloat(getComputedStyle(span).fontSize), span.textContent!).to.be.at.least(24);
    } finally {
      el.remove();
    }
  });
});

describe('the side marks on a wide screen', () => {
  it('grow with the labels in the light theme: ≥ 18 px at 1920 × 1080, 12 px at a course-page width', async () => {
    const sizes: number[] = [];
    for (const [width, height] of [
      [1920, 1080],
      [720, 900],
    ]) {
      await setViewport({ width: width!, height: height! });
      const el = document.createElement('liver-intervention');
      el.setAttribute('step', '10');
      document.body.append(el);
      try {
        await settle(el);
        const spans = el.shadowRoot!.querySelectorAll('.sides > span');
        sizes.push(Math.min(...[...spans].map((s) => parseFloat(getComputedStyle(s).fontSize))));
      } finally {
        el.remove();
      }
    }
    expect(sizes[0], 'at 1920').to.be.at.least(18);
    expect(sizes[1], 'at 720').to.equal(12);
  });
});

describe('the drainage bag on a phone', () => {
  for (const audience of ['patient', 'clinician'])
    it(`is large and whole in the drawing at 360 px (${audience})`, async () => {
      const el = await mount(360, { procedure: 'ptcd', approach: 'right', audience, step: '11' });
      const frame = svgOf(el).getBoundingClientRect();
      const bag = svgOf(el).querySelector('.dev-bag')!.getBoundingClientRect();
      expect(bag.height, 'bag height').to.be.at.least(50);
      expect(bag.width, 'bag width').to.be.at.least(20);
      expect(bag.left, 'bag left').to.be.at.least(frame.left);
      expect(bag.bottom, 'bag bottom').to.be.at.most(frame.bottom);
    });
});
