import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Point } from '../../src/model/anatomy-schema.js';
import { sampleSpline } from '../../src/model/geometry.js';
import { splineOf } from '../../src/model/spline-of.js';

const point = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 800 })).map((p): Point => p);

describe('a centreline’s smooth line, made once', () => {
  it('is the sampled spline at each density, and the same line when asked again', () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 8 }), fc.constantFrom(6, 8, 12), (points, n) => {
        const line = splineOf(points, n);
        expect(line).to.deep.equal(sampleSpline(points, n));
        expect(splineOf(points, n)).to.equal(line);
        // Another density of the same points is its own line.
        if (points.length >= 3) expect(splineOf(points, n + 1)).to.have.length(sampleSpline(points, n + 1).length);
      }),
      { numRuns: 200 },
    );
  });
});
