import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Point } from '../../src/model/anatomy-schema.js';
import { deviceLines } from '../../src/scene/device-lines.js';
import { keepRunsOf } from '../../src/scene/drawn-runs.js';
import { runsPath } from '../../src/scene/devices/device-path.js';
import type { SceneDevicePart } from '../../src/scene/scene-types.js';

/**
 * Labels keep off devices by the lines they draw. Those lines are kept from the points a path was written from
 * (issue 9: reading them back out of a braid's path text each frame cost more than writing it); read either way,
 * they must be the same lines, to the last bit.
 */
const coordinate = fc.oneof(
  fc.integer({ min: -400, max: 400 }),
  fc.double({ min: -400, max: 400, noNaN: true }),
  fc.integer({ min: -4000, max: 4000 }).map((v) => v / 10 - 0.05),
);
const point = fc.tuple(coordinate, coordinate).map(([x, y]): Point => [x, y]);
const runs = fc.array(fc.array(point, { minLength: 0, maxLength: 12 }), { minLength: 1, maxLength: 6 });

const wire = (d: string): SceneDevicePart => ({ id: 'w', deviceId: 'd', part: 'wire', d, width: 1, opacity: 1 });

/** Writes enough other paths that the ones before are no longer remembered: their lines are read from the text. */
function forget() {
  for (let k = 0; k < 600; k++)
    runsPath([
      [
        [k, -k],
        [k + 0.5, 1],
      ],
    ]);
}

describe('the lines a device draws', () => {
  it('are the same read from the points it was drawn from as from its path text', () => {
    fc.assert(
      fc.property(runs, fc.boolean(), (lines, closed) => {
        const d = runsPath(lines, closed);
        const kept = deviceLines([wire(d)]);
        forget();
        // A new part with a copy of the text: nothing is remembered of it.
        const read = deviceLines([wire(`${d} `.trimEnd())]);
        expect(read).to.deep.equal(kept);
        expect(kept.every((run) => run.length > 1)).to.equal(true);
      }),
      { numRuns: 300 },
    );
  });

  it('are the same when a curve follows the lines (a wire and its floppy tip)', () => {
    fc.assert(
      fc.property(runs, point, point, (lines, c, e) => {
        const d = runsPath(lines);
        const path = `${d}Q${c[0]},${c[1]} ${e[0]},${e[1]}`;
        keepRunsOf(path, d);
        const kept = deviceLines([wire(path)]);
        forget();
        expect(deviceLines([wire(`${path} `.trimEnd())])).to.deep.equal(kept);
      }),
      { numRuns: 200 },
    );
  });

  it('stay known while a still device is asked for every frame and moving ones draw new paths', () => {
    const still = runsPath([
      [
        [1.25, 2],
        [30, 40.05],
      ],
    ]);
    const kept = deviceLines([wire(still)]);
    for (let frame = 0; frame < 600; frame++) {
      runsPath([
        [
          [frame, 0],
          [frame, 9],
        ],
      ]);
      // A new part object each frame, as the scene builds them, with the same text.
      expect(deviceLines([wire(still)])[0]).to.equal(kept[0]);
    }
  });
});
