import { expect } from '@open-wc/testing';
import { mount, svgOf } from './mount.js';

describe('a drain’s tubing outside the body', () => {
  for (const approach of ['left', 'right'])
    it(`lies visibly on the skin (${approach} drain): a white edge of ≥ 3 px each side, lifted by a shadow`, async () => {
      const el = await mount(720, { procedure: 'ptcd', approach, step: approach === 'left' ? '10' : '11' });
      const svg = svgOf(el);
      const scale = svg.getScreenCTM()!.a;
      const width = (cls: string) => {
        const path = svg.querySelector<SVGPathElement>(`path.${cls}`)!;
        expect(path, cls).to.exist;
        return parseFloat(path.getAttribute('stroke-width')!) * scale;
      };
      const halo = svg.querySelector<SVGPathElement>('path.dev-halo')!;
      expect((width('dev-halo') - width('dev-tubing')) / 2, 'edge each side, px').to.be.at.least(3);
      expect(getComputedStyle(halo).filter, 'shadow').to.match(/drop-shadow/);
    });
});
