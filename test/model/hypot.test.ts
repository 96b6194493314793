import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { hypot } from '../../src/model/geometry.js';

/**
 * The scene measures lengths with its own `hypot` (a square root of the sum of squares) rather than `Math.hypot`,
 * which in V8 is several times slower and allocates on each call (issue 9). Over coordinates a scene can hold, the two
 * agree to within a few parts in 10^16: far below anything drawn, so no picture changes.
 */
describe('hypot', () => {
  it('agrees with Math.hypot over scene coordinates', () => {
    // Squares underflow below about 1e-154; a scene's differences of coordinates never come near that.
    const coordinate = fc.oneof(
      fc.constant(0),
      fc.double({ min: -1e5, max: 1e5, noNaN: true }).filter((v) => Math.abs(v) > 1e-100),
    );
    fc.assert(
      fc.property(coordinate, coordinate, (x, y) => {
        const exact = Math.hypot(x, y);
        expect(Math.abs(hypot(x, y) - exact)).to.be.at.most(exact * 4e-16);
      }),
      { numRuns: 5000 },
    );
    expect(hypot(3, 4)).to.equal(5);
    expect(hypot(0, 0)).to.equal(0);
    expect(hypot(-0.5, 0)).to.equal(0.5);
  });
});
