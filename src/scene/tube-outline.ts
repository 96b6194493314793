import type { Point } from '../model/anatomy-schema.js';
import { sampleSpline } from '../model/geometry.js';

/**
 * Closed outline of a tube of varying width along a smooth centreline.
 * `widthAt(f)` gives the drawn width at fraction f (0 = first point, 1 = last).
 * Returns the left edge forward, then the right edge backward.
 */
export function tubeOutline(
  centerline: readonly Point[],
  widthAt: (f: number) => number,
  caps = true,
  perSegment = 8,
): Point[] {
  const spine = sampleSpline(centerline, perSegment);
  const n = spine.length;
  const left: Point[] = [];
  const right: Point[] = [];
  const normals: Point[] = [];
  const halves: number[] = [];
  for (let i = 0; i < n; i++) {
    const prev = spine[Math.max(0, i - 1)]!;
    const next = spine[Math.min(n - 1, i + 1)]!;
    let tx = next[0] - prev[0];
    let ty = next[1] - prev[1];
    const len = Math.hypot(tx, ty) || 1;
    tx /= len;
    ty /= len;
    const half = widthAt(n === 1 ? 0 : i / (n - 1)) / 2;
    const p = spine[i]!;
    normals.push([tx, ty]);
    halves.push(half);
    left.push([p[0] - ty * half, p[1] + tx * half]);
    right.push([p[0] + ty * half, p[1] - tx * half]);
  }
  // Round caps: half circles past each end, so tube ends read as soft.
  // from = the side the polygon arrives on; dir = the way the cap bulges.
  const cap = (i: number, from: Point, dir: Point): Point[] => {
    const c = spine[i]!;
    const h = halves[i]!;
    const pts: Point[] = [];
    for (let k = 1; k < 6; k++) {
      const a = (k / 6) * Math.PI;
      pts.push([
        c[0] + h * (from[0] * Math.cos(a) + dir[0] * Math.sin(a)),
        c[1] + h * (from[1] * Math.cos(a) + dir[1] * Math.sin(a)),
      ]);
    }
    return pts;
  };
  if (!caps) return [...left, ...right.reverse()];
  const [ex, ey] = normals[n - 1]!;
  const [sx, sy] = normals[0]!;
  return [...left, ...cap(n - 1, [-ey, ex], [ex, ey]), ...right.reverse(), ...cap(0, [sy, -sx], [-sx, -sy])];
}

/** SVG path data of a closed polygon, rounded to 0.1 unit. */
export function polygonPath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const r = (n: number) => Math.round(n * 10) / 10;
  return `M${points.map((p) => `${r(p[0])},${r(p[1])}`).join('L')}Z`;
}
