import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distanceToSegment } from '../../src/model/geometry.js';
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

/** The least distance between two segments that do not cross (their ends to the other segment). */
function gap(p: readonly number[], q: readonly number[]): number {
  const a: Point = [p[0]!, p[1]!];
  const b: Point = [p[2]!, p[3]!];
  const c: Point = [q[0]!, q[1]!];
  const d: Point = [q[2]!, q[3]!];
  return Math.min(
    distanceToSegment(a, c, d),
    distanceToSegment(b, c, d),
    distanceToSegment(c, a, b),
    distanceToSegment(d, a, b),
  );
}

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
