import { expect } from '@open-wc/testing';
import { contrastRatio } from './contrast-ratio.js';
import { mount, svgOf } from './mount.js';

const fillOf = (el: Element) => getComputedStyle(el).fill;

describe('patient dye', () => {
  for (const theme of ['light', 'dark', 'projector', 'high-contrast']) {
    it(`stands out at least 3:1 against the undyed ducts at "Finding a bile tube" (${theme})`, async () => {
      const el = await mount(360, { procedure: 'ptcd', step: '4', audience: 'patient', theme });
      const svg = svgOf(el);
      const dyed = [...svg.querySelectorAll('.layer .paint-contrast.tone-bile')];
      expect(dyed.length, 'the step dyes a duct').to.be.greaterThan(0);
      const wet = new Set(dyed.map((p) => p.getAttribute('data-id')));
      const undyed = [...svg.querySelectorAll('.layer .paint-tube.body.tone-bile')].filter(
        (p) => !wet.has(p.getAttribute('data-id')),
      );
      expect(undyed.length, 'some ducts stay undyed').to.be.greaterThan(0);
      for (const dye of dyed)
        for (const duct of undyed) {
          const ratio = contrastRatio(fillOf(dye), fillOf(duct));
          expect(ratio, `${dye.getAttribute('data-id')} against ${duct.getAttribute('data-id')}`).to.be.at.least(3);
        }
    });
  }
});
