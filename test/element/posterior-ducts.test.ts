import { expect } from '@open-wc/testing';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { contrastRatio, parseColor } from './contrast-ratio.js';
import { mount, settle, svgOf } from './mount.js';

/** PTCD step 5: contrast fills the whole tree, the posterior sector (drawn behind) with it. */
const FILLED = { procedure: 'ptcd', step: '5' };
const DUCT_TONES = '.tone-bile, .tone-gallbladder, .tone-pancreatic-duct';

/** The duct edges of a drawing that are dashed, by structure. */
const dashedDuctEdges = (svg: Element) =>
  [...svg.querySelectorAll<SVGPathElement>('.layer path.casing')]
    .filter((p) => p.matches(DUCT_TONES) && getComputedStyle(p).strokeDasharray !== 'none')
    .map((p) => p.dataset.id);

const handoutPictures = (el: LiverIntervention) => {
  dispatchEvent(new Event('beforeprint'));
  return [...el.shadowRoot!.querySelectorAll<SVGSVGElement>('.handout .frame-picture svg.scene')];
};

const luminance = (c: string) => {
  const lin = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = parseColor(c)!.rgb.map(lin);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

// Radiologist U5 and illustrator N9 (round 5): at print and phone size the dashed posterior-sector edge on a filled
// duct read as beading (a sign of sclerosing cholangitis), and panel 1 carried a blue focus outline with no key.
describe('posterior ducts for patients and on paper', () => {
  it('a patient’s drawing, at any width: no dashed duct edge; the posterior ducts’ contrast is lighter', async () => {
    const el = await mount(1280, { ...FILLED, audience: 'patient' });
    const svg = svgOf(el);
    expect(svg.querySelectorAll('.layer path.casing.behind.tone-bile').length, 'posterior duct walls').to.be.above(0);
    expect(dashedDuctEdges(svg)).to.deep.equal([]);
    const back = svg.querySelector('.paint-contrast.behind')!;
    const front = svg.querySelector('.paint-contrast:not(.behind, .tone-duodenum)')!;
    expect(back, 'contrast in a posterior duct').to.exist;
    const [b, f] = [getComputedStyle(back).fill, getComputedStyle(front).fill];
    expect(luminance(b), `${b} lighter than ${f}`).to.be.above(luminance(f));
    expect(contrastRatio(b, f)).to.be.at.least(1.15);
  });

  it('a clinician’s screen keeps the dashed posterior edge (behind, at full size)', async () => {
    const el = await mount(1280, FILLED);
    expect(dashedDuctEdges(svgOf(el)).length).to.be.above(0);
  });

  for (const audience of ['patient', 'clinician'])
    it(`the printed ${audience} handout: no dashed duct edge and no focus outline in any panel`, async () => {
      const el = await mount(720, { procedure: 'ptcd', audience });
      await settle(el);
      const pictures = handoutPictures(el);
      expect(pictures.length).to.be.above(5);
      const highlight = getComputedStyle(el).getPropertyValue('--li-highlight').trim();
      const probe = document.createElement('span');
      probe.style.color = highlight;
      el.shadowRoot!.append(probe);
      const highlightColour = getComputedStyle(probe).color;
      probe.remove();
      pictures.forEach((svg, i) => {
        expect(dashedDuctEdges(svg), `panel ${i + 1}`).to.deep.equal([]);
        const outlined = [...svg.querySelectorAll<SVGPathElement>('.layer path')].filter(
          (p) => getComputedStyle(p).stroke === highlightColour,
        );
        expect(
          outlined.map((p) => p.dataset.id),
          `panel ${i + 1}: outlined in the focus colour`,
        ).to.deep.equal([]);
      });
    });
});
