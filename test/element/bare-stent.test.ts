import { expect } from '@open-wc/testing';
import { parseColor } from './contrast-ratio.js';
import { mount, svgOf } from './mount.js';

/** The deploy step of the distal stent procedure for a self-expanding stent. */
const DEPLOY = '8';

describe('bare metal stents', () => {
  for (const stent of ['mesh', 'z', 'spiral']) {
    it(`${stent}: struts over the duct with at most a faint lumen tint and no sleeve edge (brief: the sleeve means covered)`, async () => {
      const el = await mount(720, { procedure: 'stent', stent, step: DEPLOY });
      const bodies = [...svgOf(el).querySelectorAll<SVGGraphicsElement>('.dev-stent-body')];
      expect(bodies.length, 'a stent body in this frame').to.be.greaterThan(0);
      expect(svgOf(el).querySelector('.dev-stent-wire'), 'its struts').to.not.equal(null);
      for (const body of bodies) {
        const style = getComputedStyle(body);
        const edge = parseColor(style.stroke);
        const width = parseFloat(style.strokeWidth);
        expect(
          edge === null || edge.alpha === 0 || width === 0,
          `edge line ${style.stroke} ${style.strokeWidth}`,
        ).to.equal(true);
        const tint = parseColor(style.fill);
        expect(tint === null ? 0 : tint.alpha * parseFloat(style.fillOpacity), `tint ${style.fill}`).to.be.at.most(0.1);
      }
    });
  }
});
