import { expect } from '@open-wc/testing';
import { mount, svgOf } from './mount.js';

/** The grey (0–255) a node's computed paint leaves over a grey `under`, at the node's opacity. */
function over(node: Element, prop: 'fill' | 'stroke', under: number): number {
  const style = getComputedStyle(node);
  const g = new OffscreenCanvas(1, 1).getContext('2d')!;
  g.fillStyle = `rgb(${under},${under},${under})`;
  g.fillRect(0, 0, 1, 1);
  g.globalAlpha = Number(style.opacity);
  g.fillStyle = style[prop];
  g.fillRect(0, 0, 1, 1);
  return g.getImageData(0, 0, 1, 1).data[0]!;
}

/** Smallest step in grey the eye reads as an edge on the film, here. */
const EDGE = 15;

// Review, round 8: on the hilar IV film the two drains looked 1.5× apart in width. Both are the same catheter; the
// one lying in a contrast-filled duct had dark walls that merged with the rim of contrast around it into one band
// 1.5× as wide as the other drain's. Same catheter, same drawn width: its walls are darker than tissue and lighter
// than contrast, so the catheter's own edge reads wherever it lies.
describe('the X-ray drains: same catheter, same drawn width', () => {
  for (const [procedure, step] of [
    ['stent', '2'],
    ['internal-drainage', '2'],
  ] as const)
    it(`${procedure} step ${step} (hilar IV): both drains are as wide, and their walls read on tissue and on contrast`, async () => {
      const el = await mount(720, { procedure, step, obstruction: 'hilar-4', view: 'fluoroscopy' });
      const svg = svgOf(el);
      const casings = [...svg.querySelectorAll('g.devices path.dev-casing')].filter((p) =>
        /drain/.test(p.getAttribute('data-device') ?? ''),
      );
      expect(casings.length, 'two drains').to.equal(2);
      const widths = casings.map((p) => Number(p.getAttribute('stroke-width')));
      expect(widths[0], 'catheter widths (units)').to.be.closeTo(widths[1]!, 0.01);
      const tissue = Math.max(...(getComputedStyle(svg).backgroundColor.match(/[\d.]+/g) ?? []).map(Number));
      const dye = svg.querySelector('.layer path.paint-contrast:not(.tone-duodenum)')!;
      expect(dye, 'the ducts hold contrast').to.exist;
      const contrast = over(dye, 'fill', tissue);
      for (const casing of casings) {
        const id = casing.getAttribute('data-device');
        const onTissue = over(casing, 'stroke', tissue);
        const onContrast = over(casing, 'stroke', contrast);
        // Darker than tissue, lighter than contrast: the catheter's own edge, not the contrast rim around it.
        expect(tissue - onTissue, `${id}: wall on tissue ${onTissue} vs ${tissue}`).to.be.at.least(EDGE);
        expect(onContrast - contrast, `${id}: wall on contrast ${onContrast} vs ${contrast}`).to.be.at.least(EDGE);
      }
    });
});
