import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { anatomy, polylines, sceneAtEnd } from './scene-at.js';

/** Signed turn in degrees at each inner vertex of a line. */
function turns(line: readonly Point[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < line.length - 1; i++) {
    const [a, b, c] = [line[i - 1]!, line[i]!, line[i + 1]!];
    let d = ((Math.atan2(c[1] - b[1], c[0] - b[0]) - Math.atan2(b[1] - a[1], b[0] - a[0])) * 180) / Math.PI;
    while (d > 180) d -= 360;
    while (d < -180) d += 360;
    out.push(d);
  }
  return out;
}

const cases = [
  { procedure: 'cholecystostomy', options: { approach: 'transperitoneal' }, step: 'drainage' },
  { procedure: 'cholecystostomy', options: { approach: 'transhepatic' }, step: 'drainage' },
  { procedure: 'ptcd', options: { approach: 'right' }, step: 'drainage' },
] as const;

describe('drain tubing on the right', () => {
  for (const { procedure, options, step } of cases)
    it(`${procedure} ${options.approach}: drops to the bag in one smooth bend, never back up or zig-zag`, () => {
      const parsed = parseProcedure(BUNDLED_PROCEDURES[procedure], anatomy, procedure);
      const timeline = compileTimeline(parsed, anatomy, options as never);
      const { scene } = sceneAtEnd(timeline, step);
      const tubing = scene.devices.find((p) => p.part === 'tubing');
      expect(tubing, 'tubing drawn').to.not.equal(undefined);
      const line = polylines(tubing!.d)[0]!.filter(
        (p, i, all) => i === 0 || Math.hypot(p[0] - all[i - 1]![0], p[1] - all[i - 1]![1]) > 0.5,
      );
      for (let i = 1; i < line.length; i++) expect(line[i]![1], `falls at ${i}`).to.be.at.least(line[i - 1]![1] - 0.5);
      const bends = turns(line).filter((t) => Math.abs(t) > 0.5);
      expect(
        bends.every((t) => Math.sign(t) === Math.sign(bends[0]!)),
        `one way: ${bends.map(Math.round)}`,
      ).to.equal(true);
    });
});
