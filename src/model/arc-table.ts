import type { Point } from './anatomy-schema.js';
import { distance, hypot } from './geometry.js';

/** A point on a polyline and the unit tangent there. */
export interface ArcPoint {
  readonly point: Point;
  readonly tangent: Point;
}

/**
 * A polyline measured once for many arc-length queries: `at(s)` gives what
 * `pointAtLength(line, s)` gives, by binary search over the cumulative
 * lengths instead of a walk from the start. For lines asked about many
 * times a frame (a stent's wires, a rounded catheter, a contrast column).
 */
export function arcTable(line: readonly Point[]): (s: number) => ArcPoint {
  const n = line.length;
  const seg = new Float64Array(n);
  const cum = new Float64Array(n);
  for (let i = 1; i < n; i++) {
    seg[i] = distance(line[i - 1]!, line[i]!);
    cum[i] = cum[i - 1]! + seg[i]!;
  }
  return (s) => {
    if (n < 2) {
      const only = line[0] ?? [0, 0];
      return { point: [only[0], only[1]], tangent: [1, 0] };
    }
    const remaining = Math.max(0, s);
    // The first segment whose end lies at or past s; the last one for s past the end.
    let lo = 1;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (remaining <= cum[mid]!) hi = mid;
      else lo = mid + 1;
    }
    const a = line[lo - 1]!;
    const b = line[lo]!;
    const len = seg[lo]!;
    const t = len === 0 ? 0 : Math.min(1, (remaining - cum[lo - 1]!) / len);
    const tangent: Point = len === 0 ? [1, 0] : [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
    return { point: [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])], tangent };
  };
}

/**
 * A polyline prepared for many nearest-point queries: `near(p)` gives what
 * `nearestOnPolyline(line, p)` gives, comparing squared distances and
 * taking one root at the end instead of two per segment.
 */
export function nearestTable(line: readonly Point[]): (p: Point) => { arc: number; distance: number } {
  const n = line.length;
  const len = new Float64Array(n);
  for (let i = 1; i < n; i++) len[i] = distance(line[i - 1]!, line[i]!);
  return (p) => {
    if (n === 1) return { arc: 0, distance: distance(p, line[0]!) };
    let best = -1;
    let bestD2 = Infinity;
    let bestK = 0;
    let bestWalked = 0;
    let walked = 0;
    for (let i = 1; i < n; i++) {
      const a = line[i - 1]!;
      const b = line[i]!;
      const l = len[i]!;
      const ex = b[0] - a[0];
      const ey = b[1] - a[1];
      const k = l === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * ex + (p[1] - a[1]) * ey) / (l * l)));
      const dx = p[0] - a[0] - k * ex;
      const dy = p[1] - a[1] - k * ey;
      const d2 = dx * dx + dy * dy;
      if (d2 < bestD2) [best, bestD2, bestK, bestWalked] = [i, d2, k, walked];
      walked += l;
    }
    if (best < 0) return { arc: 0, distance: Infinity };
    const a = line[best - 1]!;
    const b = line[best]!;
    const d = hypot(p[0] - a[0] - bestK * (b[0] - a[0]), p[1] - a[1] - bestK * (b[1] - a[1]));
    return { arc: bestWalked + bestK * len[best]!, distance: d };
  };
}
