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

    it(`shows the ${obstruction} drain's loop in the duodenum, which the caption names`, () => {
      const state = stateAt(timelineOf('internal-drainage', { obstruction }), 'internal-external-drain', 1);
      const { x, y, w, h } = state.camera;
      const drain = state.devices.find((d) => d.opacity > 0.5 && d.kind.includes('drain') && d.curl > 0.5);
      expect(drain, 'a curled drain').to.exist;
      const [tx, ty] = pointAtLength(drain!.route, drain!.tip).point;
      // The loop curls about 30 units round its tip: all of it in view.
      expect(tx, 'tip x').to.be.within(x + 30, x + w - 30);
      expect(ty, 'tip y').to.be.within(y + 30, y + h - 30);
    });
  }
});

describe('the stent check frames the stent', () => {
  it('zooms to the bile duct: the stent spans at least a fifth of the frame height, its ends in view', () => {
    const state = stateAt(timelineOf('stent', { stent: 'mesh' }), 'check', 1);
    const { x, y, w, h } = state.camera;
    const stent = state.devices.find((d) => d.kind === 'stent-mesh')!;
    const ends = [stent.tail, stent.tip].map((s) => pointAtLength(stent.route, s).point);
    for (const [px, py] of ends) {
      expect(px).to.be.within(x, x + w);
      expect(py).to.be.within(y, y + h);
    }
    expect(Math.abs(ends[1]![1] - ends[0]![1]) / h).to.be.above(0.2);
  });
});
