import { expect } from '@open-wc/testing';
import { resample } from '../../src/scene/contrast-paths.js';
import { glyphBox, inBox, PHONE_TO_PROJECTOR, sweepSteps } from './label-sweep.js';

// Review (session 32): on a 360 px phone "Subxiphoid entry" was written across the segment III duct the step
// highlights as the one to puncture. What a step highlights stays in view: no other name across it.
describe('what a step highlights stays in view', function () {
  this.timeout(600000);
  it('no other name across a highlighted duct, at every step end, on phones, a laptop and a projector', () => {
    let checked = 0;
    const found = sweepSteps(PHONE_TO_PROJECTOR, (f) => {
      const ducts = f.moment.highlight.flatMap((id) => {
        const s = f.anatomy.byId.get(id);
        return s?.shape.type === 'tube' ? [{ id, points: resample(s.shape.centerline, 1) }] : [];
      });
      if (!ducts.length) return [];
      checked++;
      return f.scene.labels.flatMap((l) => {
        const box = glyphBox(l);
        return ducts
          .filter((d) => d.id !== l.structureId)
          .filter((d) => d.points.some((p) => inBox(p, box)))
          .map((d) => `${f.what}: "${l.text}" across ${d.id}`);
      });
    });
    expect(checked, 'frames with a highlighted duct').to.be.above(10);
    expect(found.slice(0, 20), `${found.length} names across a highlighted duct`).to.deep.equal([]);
  });
});
