import { expect } from '@open-wc/testing';
import { pointAtLength, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import { momentLesions } from '../../src/scene/lesion-path.js';
import { anatomy, stateAt, timelineOf } from './scene-at.js';

const CASES = ['distal', 'hilar-1', 'hilar-2', 'hilar-3a', 'hilar-3b', 'hilar-4', 'benign-anastomotic'];

describe('the internal–external drain step frames the crossing', () => {
  for (const obstruction of CASES) {
    it(`keeps the ${obstruction} stricture the drain crosses in view`, () => {
      const state = stateAt(timelineOf('internal-drainage', { obstruction }), 'internal-external-drain', 1);
      const { x, y, w, h } = state.camera;
      const lesions = momentLesions(state);
      expect(lesions.length, 'lesions').to.be.above(0);
      for (const lesion of lesions) {
        const duct = anatomy.byId.get(lesion.duct)!.shape;
        if (duct.type !== 'tube') continue;
        const spine = sampleSpline(duct.centerline);
        const [px, py] = pointAtLength(spine, ((lesion.span[0] + lesion.span[1]) / 2) * polylineLength(spine)).point;
        expect(px, `${lesion.duct} x`).to.be.within(x, x + w);
        expect(py, `${lesion.duct} y`).to.be.within(y, y + h);
      }
    });
  }
});
