import { expect } from '@open-wc/testing';
import { sceneOf, stateAt, timelineOf } from './scene-at.js';

const OUTSIDE = ['halo', 'dressing', 'tubing', 'bag', 'bile'];

// Illustrator T5: a bag and its tubing are not on a radiograph; the drain ends at the skin.
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
      expect(parts('fluoroscopy').map((p) => p.id)).to.deep.equal([]);
    });
  }
});
