import { expect } from '@open-wc/testing';
import { parseColor } from './contrast-ratio.js';
import { mount, svgOf } from './mount.js';

const linear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
/** Relative luminance (0 black … 1 white) of a computed colour. */
const luminance = (value: string) => {
  const [r, g, b] = parseColor(value)!.rgb;
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
};

/** Radii of the circles in a holes path (`a r,r …` arcs). */
const radii = (d: string) => [...d.matchAll(/a(-?[\d.]+),/g)].map((m) => Number(m[1]));

// Radiologist U5: the pigtail read as a lifebuoy with big black punched holes; on X-ray the holes were black dots.
describe('side holes', () => {
  for (const attrs of <Record<string, string>[]>[
    { procedure: 'ptcd', step: '10' },
    { procedure: 'stent', stent: 'plastic', step: '8' },
  ]) {
    const name = Object.values(attrs).join(' ');
    it(`${name}, illustration: small grey holes, under half the catheter's width`, async () => {
      const svg = svgOf(await mount(720, attrs));
      const holes = [...svg.querySelectorAll('path.dev-holes')];
      expect(holes.length, 'holes drawn').to.be.at.least(1);
      for (const h of holes) {
        const body = svg.querySelector(`[data-device='${h.getAttribute('data-device')}'].dev-casing`)!;
        const width = Number(body.getAttribute('stroke-width'));
        for (const r of radii(h.getAttribute('d')!)) expect(2 * r, 'hole across').to.be.below(width / 2);
        const fill = luminance(getComputedStyle(h).fill);
        expect(fill, `hole fill ${getComputedStyle(h).fill}: grey, not black`).to.be.within(0.08, 0.6);
      }
    });
    it(`${name}, X-ray: side holes are lucent gaps or left out, never dark dots`, async () => {
      const svg = svgOf(await mount(720, { ...attrs, view: 'fluoroscopy' }));
      for (const h of svg.querySelectorAll('path.dev-holes')) {
        const style = getComputedStyle(h);
        if (style.display === 'none' || Number(style.opacity) === 0) continue;
        const { alpha } = parseColor(style.fill)!;
        // A lucency lets more through than the film around it: a light fill, or none at all.
        if (alpha > 0) expect(luminance(style.fill), `X-ray hole fill ${style.fill}`).to.be.above(0.5);
      }
    });
  }
});

// Review (session 21): the gallbladder drain showed side holes on its shaft in the liver and the peritoneum, where
// they would leak bile; its holes sit on the loop (brief: about 5 on the loop).
describe('a gallbladder drain’s side holes', () => {
  for (const approach of ['transhepatic', 'transperitoneal'])
    it(`${approach}: every hole lies inside the gallbladder`, async () => {
      const el = await mount(720, { procedure: 'cholecystostomy', approach, step: '8' });
      const svg = svgOf(el);
      const holes = svg.querySelector<SVGPathElement>('path.dev-holes')!;
      const bladder = svg.querySelector<SVGPathElement>('path.paint-fill[data-id="gallbladder"]')!;
      const centres = [...holes.getAttribute('d')!.matchAll(/M(-?[\d.]+),(-?[\d.]+)a(-?[\d.]+),/g)].map(
        ([, x, y, r]) => new DOMPoint(Number(x) + Number(r), Number(y)),
      );
      expect(centres.length, 'holes drawn').to.be.at.least(3);
      const into = bladder.getScreenCTM()!.inverse().multiply(holes.getScreenCTM()!);
      const outside = centres.map((p) => p.matrixTransform(into)).filter((p) => !bladder.isPointInFill(p));
      expect(outside.map((p) => `${p.x.toFixed(0)},${p.y.toFixed(0)}`)).to.deep.equal([]);
    });
});
