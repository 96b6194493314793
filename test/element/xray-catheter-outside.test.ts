import { expect } from '@open-wc/testing';
import { mount, svgOf } from './mount.js';

/** A drawn path's stroke as the film shows it: width (scene units), colour and whether it shows at all. */
function look(el: Element) {
  const style = getComputedStyle(el);
  return { width: Number(el.getAttribute('stroke-width')), stroke: style.stroke, shown: style.display !== 'none' };
}

// Radiologist U3 / illustrator N11 (round 6): on the hilar IV film the left catheter was a thin double outline
// inside the liver and a thick grey band outside the skin. It is one radiopaque catheter: the tube outside the body
// has the walls, the lumen, the width and the greys of the catheter inside.
describe('a drain’s catheter on the X-ray, inside and outside the skin', () => {
  for (const [procedure, step, obstruction, approach] of [
    ['internal-drainage', '2', 'hilar-4', undefined],
    ['ptcd', '13', undefined, 'left'],
  ] as const)
    it(`${procedure} step ${step}${obstruction ? ` (${obstruction})` : ''}${approach ? `, ${approach}` : ''}`, async () => {
      const el = await mount(720, {
        procedure,
        step,
        view: 'fluoroscopy',
        ...(obstruction && { obstruction }),
        ...(approach && { approach }),
      });
      const svg = svgOf(el);
      const outside = [...svg.querySelectorAll('path.dev-tubing')];
      expect(outside.length, 'a tube runs on outside the skin').to.be.above(0);
      for (const tube of outside) {
        const id = tube.getAttribute('data-device')!;
        const casing = svg.querySelector(`path.dev-casing[data-device="${id}"]`)!;
        const lumens = [...svg.querySelectorAll(`path.dev-lumen[data-device="${id}"]`)];
        expect(casing, `${id}: the catheter inside`).to.exist;
        const [inner, outer] = [look(casing), look(tube)];
        expect(outer.width, `${id}: width outside vs inside (units)`).to.be.closeTo(inner.width, 0.01);
        expect(outer.stroke, `${id}: wall grey outside vs inside`).to.equal(inner.stroke);
        // Inside and outside alike: a lighter lumen between the two walls.
        expect(lumens.length, `${id}: a lumen inside and one outside`).to.equal(2);
        const [a, b] = lumens.map(look) as [ReturnType<typeof look>, ReturnType<typeof look>];
        expect(a.shown && b.shown, `${id}: both lumens drawn`).to.equal(true);
        expect(b.width, `${id}: lumen width`).to.be.closeTo(a.width, 0.01);
        expect(b.stroke, `${id}: lumen grey`).to.equal(a.stroke);
      }
    });
});
