import type { Point } from './anatomy-schema.js';
import { distance } from './geometry.js';

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
