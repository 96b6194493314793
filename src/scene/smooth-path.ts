import type { Point } from '../model/anatomy-schema.js';

// Uniform Catmull–Rom splines as cubic Béziers: the curves d3-shape draws with
// curveCatmullRom.alpha(0) and curveCatmullRomClosed.alpha(0) (a cardinal spline of
// tension 0), written out so the first paint does not carry d3-shape. Coordinates
// are rounded to 3 decimals, as d3's line() does.

const K = 1 / 6;
const n = (v: number) => Math.round(v * 1000) / 1000;
const at = ([x, y]: Point) => `${n(x)},${n(y)}`;

/** One Bézier segment from b to c, with neighbours a (before) and d (after). */
function segment(a: Point, b: Point, c: Point, d: Point): string {
  return (
    `C${n(b[0] + K * (c[0] - a[0]))},${n(b[1] + K * (c[1] - a[1]))},` +
    `${n(c[0] + K * (b[0] - d[0]))},${n(c[1] + K * (b[1] - d[1]))},${at(c)}`
  );
}

/** A smooth open curve through every point; null for no points. */
export function smoothOpen(points: readonly Point[]): string | null {
  const count = points.length;
  if (!count) return null;
  if (count === 1) return `M${at(points[0]!)}Z`;
  if (count === 2) return `M${at(points[0]!)}L${at(points[1]!)}`;
  let d = `M${at(points[0]!)}`;
  for (let j = 0; j < count - 1; j++) {
    // The ends have no outer neighbour: the curve leaves and meets them along the chord.
    const before = j === 0 ? points[1]! : points[j - 1]!;
    const after = j === count - 2 ? points[j]! : points[j + 2]!;
    d += segment(before, points[j]!, points[j + 1]!, after);
  }
  return d;
}

/** A smooth closed curve through every point (at least 3); null for no points. */
export function smoothClosed(points: readonly Point[]): string | null {
  const count = points.length;
  if (!count) return null;
  if (count === 1) return `M${at(points[0]!)}Z`;
  if (count === 2) return `M${at(points[1]!)}L${at(points[0]!)}Z`;
  const p = (i: number) => points[i % count]!;
  let d = `M${at(p(1))}`;
  for (let i = 3; i <= count + 2; i++) d += segment(p(i - 3), p(i - 2), p(i - 1), p(i));
  return d;
}
