import { expect } from '@open-wc/testing';
import { sweepSteps } from './label-sweep.js';

/** Points of the access plan a film does not mark: no ring, no tag (the entries have a radiopaque marker). */
const UNMARKED = new Set(['right-capsule', 'right-target', 'right-deep-pass', 'left-target']);

// Review (sessions 21 and 22): on a film the "Deepest pass" leader pointed at a spot the film does not mark.
describe('a film names no planning mark it does not draw', () => {
  it('every step of every procedure × case, on an X-ray: no label for an unmarked point of the access plan', function () {
    this.timeout(300000);
    let films = 0;
    const failures = sweepSteps([{ width: 720, view: 'fluoroscopy', audience: 'clinician' }], (f) => {
      films++;
      return f.scene.labels.filter((l) => UNMARKED.has(l.structureId)).map((l) => `${f.what}: ${l.text}`);
    });
    expect(films, 'films swept').to.be.greaterThan(20);
    expect(failures).to.deep.equal([]);
  });

  it('the illustration still names the deepest pass for a clinician', () => {
    let named = 0;
    sweepSteps(
      [{ width: 720, view: 'illustration', audience: 'clinician' }],
      (f) => {
        if (f.scene.labels.some((l) => l.structureId === 'right-deep-pass')) named++;
        return [];
      },
      [1],
      (name) => name === 'ptcd',
    );
    expect(named).to.be.greaterThan(0);
  });
});
