import type { Point } from './anatomy-schema.js';
import { distanceToSegment } from './geometry.js';
import { segmentsCross } from './segments-cross.js';

/**
 * The shortest distance between segments p and q (x1, y1, x2, y2): 0 where they cross, else the nearest of either
 * one's ends to the other.
 */
export function segmentGap(p: readonly number[], q: readonly number[]): number {
  if (segmentsCross(p, q)) return 0;
  const a: Point = [p[0]!, p[1]!];
  const b: Point = [p[2]!, p[3]!];
  const c: Point = [q[0]!, q[1]!];
  const d: Point = [q[2]!, q[3]!];
  return Math.min(
    distanceToSegment(a, c, d),
    distanceToSegment(b, c, d),
    distanceToSegment(c, a, b),
    distanceToSegment(d, a, b),
  );
}
