import { expect } from '@open-wc/testing';
import { segmentGap as gap } from '../../src/model/segment-gap.js';
import { sweepSteps, type Look } from './label-sweep.js';

/** A phone, a course page and a laptop, in the drawing, the film and the patient's words. */
const LOOKS: Look[] = [
  ...[360, 720, 1280].flatMap((width) =>
    (['illustration', 'fluoroscopy'] as const).map((view) => ({ width, view, audience: 'clinician' as const })),
  ),
  { width: 360, view: 'illustration', audience: 'patient' },
  { width: 1280, view: 'illustration', audience: 'patient' },
];

/** Room two leaders keep, as a share of the text size (the placer keeps 0.3: a little less, for rounding). */
const GAP = 0.25;

// Review (session 32): in a transperitoneal cholecystostomy's last step at 1280 px, the leaders of "Gallbladder" and
// "Drain" ran side by side into one another: they did not cross, so the placer let them be.
describe('label leaders keep apart', () => {
  it('no two leaders of a step come closer than a quarter of the text size, in any procedure, side or look', function () {
    this.timeout(600000);
    const near = sweepSteps(LOOKS, ({ what, scene }) => {
      const leaders = scene.labels.filter((l) => l.leader);
      const out: string[] = [];
      for (let i = 0; i < leaders.length; i++)
        for (let j = i + 1; j < leaders.length; j++) {
          const [a, b] = [leaders[i]!, leaders[j]!];
          const g = gap(a.leader!, b.leader!);
          if (g < GAP * a.size)
            out.push(`${what}: ${a.structureId} and ${b.structureId} leaders ${g.toFixed(1)} apart`);
        }
      return out;
    });
    expect(near, near.join('\n')).to.deep.equal([]);
  });
});
