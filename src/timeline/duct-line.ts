import type { Point, Structure } from '../model/anatomy-schema.js';
import { distance, sampleSpline } from '../model/geometry.js';

/** A polyline with its cumulative arc lengths. */
export interface Line {
  readonly points: readonly Point[];
  /** Arc length at each point; cum[0] = 0. */
  readonly cum: readonly number[];
  readonly length: number;
}

export function toLine(points: readonly Point[]): Line {
  const cum = [0];
  for (let i = 1; i < points.length; i++) cum.push(cum[i - 1]! + distance(points[i - 1]!, points[i]!));
  return { points, cum, length: cum[cum.length - 1] ?? 0 };
}

/**
 * A duct's smoothed centreline (sampleSpline, periphery first, junction last).
 * Centreline fractions in the data mean fractions of this line's length.
 */
export function ductLine(s: Structure): Line | null {
  return s.shape.type === 'tube' ? toLine(sampleSpline(s.shape.centerline)) : null;
}

/** Index of the line's sample nearest to p. */
export function nearestSample(line: Line, p: Point): number {
  let best = 0;
  line.points.forEach((q, i) => {
    if (distance(q, p) < distance(line.points[best]!, p)) best = i;
  });
  return best;
}

/** Arc length of the point on the line nearest to p, and how far p is from it. */
export function nearestOnLine(line: Line, p: Point): { arc: number; distance: number } {
  let best = { arc: 0, distance: line.points[0] ? distance(line.points[0], p) : Infinity };
  for (let i = 1; i < line.points.length; i++) {
    const a = line.points[i - 1]!;
    const b = line.points[i]!;
    const seg = line.cum[i]! - line.cum[i - 1]!;
    const k =
      seg === 0
        ? 0
        : Math.max(0, Math.min(1, ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / (seg * seg)));
    const d = distance(p, [a[0] + k * (b[0] - a[0]), a[1] + k * (b[1] - a[1])]);
    if (d < best.distance) best = { arc: line.cum[i - 1]! + k * seg, distance: d };
  }
  return best;
}
