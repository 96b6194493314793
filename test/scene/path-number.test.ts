import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { tenths } from '../../src/scene/path-number.js';

/** Path text is written from looked-up strings: each must read as the number rounded to a tenth, wherever it lies. */
describe('a coordinate written as path text', () => {
  it('is the number rounded to a tenth, as written before, inside and outside the looked-up range', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -300, max: 1300, noNaN: true }),
          fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          fc.integer({ min: -3000, max: 13000 }).map((k) => k / 10 + 0.05),
          fc.integer({ min: -3000, max: 13000 }).map((k) => k / 10 - 0.05),
        ),
        (n) => {
          // Asked twice: the second answer comes from what the first one kept.
          expect(tenths(n)).to.equal(`${Math.round(n * 10) / 10 + 0}`);
          expect(tenths(n)).to.equal(`${Math.round(n * 10) / 10 + 0}`);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never writes −0', () => {
    for (const n of [-0, -0.04, -0.05, 0.04]) expect(tenths(n)).to.equal('0');
  });
});
