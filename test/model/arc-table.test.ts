import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { arcTable, nearestTable } from '../../src/model/arc-table.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { nearestOnPolyline, pointAtLength, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
/** Real lines: every duct's smooth spine, plus the awkward ones (a repeated point, one point, none). */
const LINES: Point[][] = [
  ...anatomy.structures.flatMap((s) => (s.shape.type === 'tube' ? [sampleSpline(s.shape.centerline)] : [])),
  [
    [0, 0],
    [10, 0],
    [10, 0],
    [10, 5],
  ],
  [[3, 4]],
  [],
];

const close = (a: readonly number[], b: readonly number[], what: string) =>
  a.forEach((v, i) => expect(Math.abs(v - b[i]!), `${what}[${i}]`).to.be.below(1e-9));

describe('arc-length and nearest-point tables', () => {
  it('give what pointAtLength gives between vertices and past both ends, and the same point at each vertex', () => {
    for (const line of LINES) {
      const at = arcTable(line);
      const total = polylineLength(line);
      for (const s of [-5, 0, total * 0.37, total * 0.5, total - 1e-6, total, total + 7]) {
        const want = pointAtLength(line, s);
        const got = at(s);
        close(got.point, want.point, `point at ${s}`);
        close(got.tangent, want.tangent, `tangent at ${s}`);
      }
      // At a vertex the two ways of summing lengths may round to either side of it: the point is the same, and
      // the tangent is that of one of the two segments meeting there.
      let walked = 0;
      line.forEach((p, i) => {
        walked += i ? Math.hypot(p[0] - line[i - 1]![0], p[1] - line[i - 1]![1]) : 0;
        close(at(walked).point, pointAtLength(line, walked).point, `vertex ${i}`);
        const sides = [pointAtLength(line, walked - 1e-7).tangent, pointAtLength(line, walked + 1e-7).tangent];
        const t = at(walked).tangent;
        expect(
          sides.some((u) => Math.abs(u[0] - t[0]) < 1e-6 && Math.abs(u[1] - t[1]) < 1e-6) || line.length < 2,
          `tangent at vertex ${i}`,
        ).to.equal(true);
      });
    }
  });

  it('find the same nearest point as nearestOnPolyline', () => {
    for (const line of LINES.filter((l) => l.length)) {
      const near = nearestTable(line);
      for (const p of [
        [300, 300],
        [0, 0],
        [-40, 900],
        ...line.filter((_, i) => i % 7 === 0).map(([x, y]) => [x + 1.3, y - 2.1]),
      ] as Point[]) {
        const want = nearestOnPolyline(line, p);
        const got = near(p);
        close([got.arc, got.distance], [want.arc, want.distance], `nearest to ${p.join(',')}`);
      }
    }
  });
});
