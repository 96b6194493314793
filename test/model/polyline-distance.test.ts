import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Point } from '../../src/model/anatomy-schema.js';
import {
  distance,
  distanceToPolyline,
  distanceToSegment,
  nearestOnPolyline,
  pointAtLength,
} from '../../src/model/geometry.js';

/**
 * Coordinates as scene data has them (to a thousandth of a unit: no square underflows), on a coarse grid as well,
 * so shared vertices, repeated points and exact ties come up often.
 */
const coordinate = fc.oneof(
  fc.integer({ min: -20, max: 20 }).map((v) => v * 2.5),
  fc.integer({ min: -60_000, max: 60_000 }).map((v) => v / 1000),
);
const point = fc.tuple(coordinate, coordinate).map(([x, y]): Point => [x, y]);
const line = fc.array(point, { minLength: 1, maxLength: 40 });

/** The distance by its definition: the least of the segments' distances. */
const leastOverSegments = (p: Point, l: readonly Point[]) =>
  l.length === 1 ? distance(p, l[0]!) : Math.min(...l.slice(1).map((b, i) => distanceToSegment(p, l[i]!, b)));

describe('distance from a point to a polyline', () => {
  it('is the least of its segments’ distances, to the last bit', () => {
    fc.assert(
      fc.property(line, point, (l, p) => {
        expect(distanceToPolyline(p, l)).to.equal(leastOverSegments(p, l));
      }),
      { numRuns: 3000 },
    );
  });

  it('is Infinity from `limit` on, and exact below it', () => {
    fc.assert(
      fc.property(
        line,
        point,
        fc.integer({ min: 0, max: 80_000 }).map((v) => v / 1000),
        (l, p, limit) => {
          const d = leastOverSegments(p, l);
          expect(distanceToPolyline(p, l, limit)).to.equal(d < limit ? d : Infinity);
        },
      ),
      { numRuns: 3000 },
    );
    // A point on the line at exactly the limit is not below it.
    expect(
      distanceToPolyline(
        [0, 5],
        [
          [0, 0],
          [10, 0],
        ],
        5,
      ),
    ).to.equal(Infinity);
    expect(
      distanceToPolyline(
        [0, 5],
        [
          [0, 0],
          [10, 0],
        ],
        5.000001,
      ),
    ).to.equal(5);
  });

  it('nearestOnPolyline finds that distance, at an arc length whose point lies that far from p', () => {
    fc.assert(
      fc.property(line, point, (l, p) => {
        const near = nearestOnPolyline(l, p);
        expect(Math.abs(near.distance - leastOverSegments(p, l))).to.be.below(1e-9);
        const at = pointAtLength(l, near.arc).point;
        expect(Math.abs(Math.hypot(at[0] - p[0], at[1] - p[1]) - near.distance)).to.be.below(1e-9);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes the first of two equally near stretches, as a walk from the start would', () => {
    // A U-turn: the point is as near the outbound leg as the return leg; the arc is on the outbound one.
    const u: Point[] = [
      [0, 0],
      [10, 0],
      [10, 4],
      [0, 4],
    ];
    expect(nearestOnPolyline(u, [5, 2])).to.deep.equal({ arc: 5, distance: 2 });
  });
});
