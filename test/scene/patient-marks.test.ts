import { expect } from '@open-wc/testing';
import { sweepSteps } from './label-sweep.js';

describe('issue 8: a patient sees no unexplained access marks', () => {
  it('every step of every procedure × case: no point mark without an everyday name (the deepest pass ring)', function () {
    this.timeout(300000);
    const failures = sweepSteps([{ width: 360, view: 'illustration', audience: 'patient' }], (f) =>
      f.scene.paths.flatMap((p) => {
        const s = f.anatomy.byId.get(p.structureId);
        const unexplained =
          s?.kind === 'landmark' && s.tone === 'reference' && s.shape.type === 'point' && s.hidden && !s.plainName;
        return unexplained && p.paint !== 'planned' && p.paint !== 'arrow' ? [`${f.what}: ${s.id} ${p.paint}`] : [];
      }),
    );
    expect(failures.slice(0, 20), `${failures.length} failures`).to.deep.equal([]);
  });
});
