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

// Illustrator N11 (round 5): the left external tube ran straight off the film on X-ray, but dropped, then ran to the
// flank bag, in the illustration.
describe('the X-ray external tube takes the illustration’s course', () => {
  for (const [procedure, step, options] of [
    ['internal-drainage', 'cholangiogram', { obstruction: 'hilar-4' }],
    ['ptcd', 'drainage', { approach: 'left' }],
    ['ptcd', 'drainage', { approach: 'right' }],
  ] as const) {
    it(`${procedure} / ${step} / ${JSON.stringify(options)}: the same path points in both views`, () => {
      const state = stateAt(timelineOf(procedure, options), step, 1);
      const drawn = sceneOf(state, 'illustration').devices.filter((p) => p.part === 'tubing');
      const xray = sceneOf(state, 'fluoroscopy').devices.filter((p) => p.part === 'tubing');
      expect(xray.length, 'one X-ray tube per drain').to.equal(drawn.length);
      for (const tube of drawn) {
        const course = polylines(tube.d)[0]!;
        const near = xray
          .map((x) => polylines(x.d)[0]!)
          .find((x) => Math.hypot(x[0]![0] - course[0]![0], x[0]![1] - course[0]![1]) < 1);
        expect(near, `an X-ray tube leaves ${tube.id}'s hub`).to.exist;
        const shared = near!.slice(0, course.length);
        const apart = Math.max(...shared.map((p, i) => Math.hypot(p[0] - course[i]![0], p[1] - course[i]![1])));
        expect(apart, `${tube.id}: the X-ray tube's points stray from the illustration's, units`).to.be.below(0.5);
      }
    });
  }
});
