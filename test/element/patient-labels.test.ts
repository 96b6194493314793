import { expect } from '@open-wc/testing';
import { mount, svgOf } from './mount.js';

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

  it('calls a scar narrowing a blockage, not a lump', async () => {
    const el = await mount(360, {
      procedure: 'balloon-dilation',
      obstruction: 'benign-anastomotic',
      audience: 'patient',
      step: '6',
    });
    const texts = labelTexts(svgOf(el)).map((l) => l.text);
    expect(texts).to.include('blockage');
    expect(texts).to.not.include('lump');
  });
});
