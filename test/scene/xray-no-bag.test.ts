import { expect } from '@open-wc/testing';
import { polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

const OUTSIDE = ['halo', 'dressing', 'tubing', 'bag', 'bile'];
const BAG = ['halo', 'dressing', 'bag', 'bile'];

// Illustrator T5: a bag is not on a radiograph. Round 3 (U4): the external tube still runs on off the film.
describe('the X-ray view draws nothing outside the body', () => {
  for (const [procedure, step, options] of [
    ['ptcd', 'drainage', { approach: 'right' }],
    ['ptcd', 'drainage', { approach: 'left' }],
    ['internal-drainage', 'cholangiogram', { obstruction: 'hilar-4' }],
  ] as const) {
    it(`${procedure} / ${step} / ${JSON.stringify(options)}`, () => {
      const state = stateAt(timelineOf(procedure, options), step, 1);
      const parts = (view: 'illustration' | 'fluoroscopy') =>
        sceneOf(state, view).devices.filter((p) => OUTSIDE.includes(p.part));
      expect(parts('illustration').length, 'the illustration hangs a bag').to.be.above(0);
      const xray = sceneOf(state, 'fluoroscopy');
      expect(
        parts('fluoroscopy')
          .filter((p) => BAG.includes(p.part))
          .map((p) => p.id),
      ).to.deep.equal([]);
      const tubes = parts('fluoroscopy').filter((p) => p.part === 'tubing');
      expect(tubes.length, "each drain's tube runs on outside").to.be.above(0);
      const { x, y, w, h } = xray.camera;
      for (const tube of tubes) {
        const end = polylines(tube.d)[0]!.at(-1)!;
        const inside = end[0] > x && end[0] < x + w && end[1] > y && end[1] < y + h;
        expect(inside, `${tube.id} ends beyond the frame`).to.equal(false);
      }
    });
  }
});
