import type { Point } from '../model/anatomy-schema.js';
import { sampleSpline, distance } from '../model/geometry.js';
import { tenths } from './path-number.js';

/** A tube's spine samples with unit normals and half-widths. */
export interface TubeFrame {
  readonly spine: Point[];
  readonly normals: Point[];
  readonly halves: number[];
}

/** Samples a smooth centreline and the tube's half-width along it; f = fraction of samples (0 = first point). */
export function tubeFrame(centerline: readonly Point[], widthAt: (f: number) => number, perSegment = 8): TubeFrame {
  const spine = sampleSpline(centerline, perSegment);
  const n = spine.length;
  const normals: Point[] = [];
  const halves: number[] = [];
  for (let i = 0; i < n; i++) {
    const prev = spine[Math.max(0, i - 1)]!;
    const next = spine[Math.min(n - 1, i + 1)]!;
    const len = distance(next, prev) || 1;
    normals.push([(next[0] - prev[0]) / len, (next[1] - prev[1]) / len]);
    halves.push(widthAt(n === 1 ? 0 : i / (n - 1)) / 2);
  }
  return { spine, normals, halves };
}

/**
 * Closed outline of a tube of varying width along a smooth centreline.
 * `widthAt(f)` gives the drawn width at fraction f (0 = first point, 1 = last).
 * `caps`: round ends (default), none, or `'start'`: a round first end and an open mouth, cut square, at the last.
 * Returns the left edge forward, then the right edge backward.
 */
export function tubeOutline(
  centerline: readonly Point[],
  widthAt: (f: number) => number,
  caps: boolean | 'start' = true,
  perSegment = 8,
): Point[] {
  const { spine, normals, halves } = tubeFrame(centerline, widthAt, perSegment);
  const n = spine.length;
  const edge = (sign: 1 | -1) =>
    spine.map((p, i): Point => [p[0] - sign * normals[i]![1] * halves[i]!, p[1] + sign * normals[i]![0] * halves[i]!]);
  const left = untangle(edge(1));
  const right = untangle(edge(-1));
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
  const end = caps === 'start' ? [] : cap(n - 1, [-ey, ex], [ex, ey]);
  return [...left, ...end, ...right.reverse(), ...cap(0, [sy, -sx], [-sx, -sy])];
}

/** Where segments a–b and c–d cross, or null. */
function crossing(a: Point, b: Point, c: Point, d: Point): Point | null {
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const sx = d[0] - c[0];
  const sy = d[1] - c[1];
  const den = rx * sy - ry * sx;
  if (Math.abs(den) < 1e-9) return null;
  const t = ((c[0] - a[0]) * sy - (c[1] - a[1]) * sx) / den;
  const u = ((c[0] - a[0]) * ry - (c[1] - a[1]) * rx) / den;
  return t > 0 && t < 1 && u > 0 && u < 1 ? [a[0] + rx * t, a[1] + ry * t] : null;
}

/**
 * An edge offset inside a bend tighter than the tube's half-width folds back on itself into a small loop (a
 * "swallowtail"), which a stroked outline shows as a barb or an arrowhead. Cuts each such loop out at the
 * point where the edge crosses itself. Looks only a short way ahead: a loop spans a few samples.
 */
export function untangle(edge: readonly Point[], reach = 16): Point[] {
  const out: Point[] = [];
  let i = 0;
  while (i < edge.length) {
    out.push(edge[i]!);
    if (i + 1 >= edge.length) break;
    let next = i + 1;
    for (let j = Math.min(edge.length - 2, i + reach); j >= i + 2; j--) {
      const x = crossing(out.at(-1)!, edge[i + 1]!, edge[j]!, edge[j + 1]!);
      if (x) {
        out.push(x);
        next = j + 1;
        break;
      }
    }
    i = next;
  }
  return out;
}

/** SVG path data of a closed polygon, rounded to 0.1 unit. */
export function polygonPath(points: readonly Point[]): string {
  let d = '';
  for (let i = 0; i < points.length; i++) d += (i ? 'L' : 'M') + tenths(points[i]![0]) + ',' + tenths(points[i]![1]);
  return d && `${d}Z`;
}
