import { expect } from '@open-wc/testing';
import { contrastRatio, parseColor } from './contrast-ratio.js';
import { mount, svgOf } from './mount.js';

/** A computed paint (with its element's opacity) laid over an opaque colour, as an `rgb(…)` string. */
function over(paint: string, opacity: number, behind: string): string {
  const top = parseColor(paint)!;
  const back = parseColor(behind)!;
  const a = top.alpha * opacity;
  return `rgb(${top.rgb.map((c, i) => Math.round((c * a + back.rgb[i]! * (1 - a)) * 255)).join(', ')})`;
}

const opacityOf = (el: Element) => Number(getComputedStyle(el).opacity) * Number(el.getAttribute('opacity') ?? 1);

// Illustrator L10: in the dark theme the braid vanished, hair-thin white on pale mint contrast.
describe('stent struts on the contrast they hold open', () => {
  for (const theme of ['light', 'dark', 'projector'])
    for (const stent of ['mesh', 'z', 'spiral'])
      it(`${stent}, ${theme} theme: the struts stand at least 3:1 against the contrast under them (WCAG non-text)`, async () => {
        const el = await mount(720, { procedure: 'stent', stent, step: '8', theme });
        const svg = svgOf(el);
        const duct = svg.querySelector('.paint-contrast:not(.tone-duodenum)')!;
        const body = svg.querySelector('.dev-stent-body')!;
        const under = over(
          getComputedStyle(body).fill,
          opacityOf(body),
          over(getComputedStyle(duct).fill, 1, 'rgb(0, 0, 0)'),
        );
        const wires = [...svg.querySelectorAll('.dev-stent-wire')];
        expect(wires.length, 'wire parts').to.be.at.least(1);
        // The near (most opaque) wire: a spiral's far half is fainter by design.
        const near = wires.reduce((a, b) => (opacityOf(b) > opacityOf(a) ? b : a));
        const strut = over(getComputedStyle(near).stroke, opacityOf(near), under);
        expect(contrastRatio(strut, under), `${getComputedStyle(near).stroke} on ${under}`).to.be.at.least(3);
      });
});
