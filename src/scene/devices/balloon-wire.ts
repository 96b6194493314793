import type { Point } from '../../model/anatomy-schema.js';
import { distance } from '../../model/geometry.js';

/** Units beyond the balloon's tip over which a wire bends back onto its own course. */
const REJOIN = 16;

/**
 * A wire's or the balloon catheter's drawn line, made to run down the balloon's axis (`axis`, proximal to
 * distal end) and out of its tip: a balloon is stiff, so where the course bends inside it the line follows
 * the balloon instead, then curves back onto its course beyond the tip. `tipReach` ends the line that far
 * past the balloon's tip instead (the catheter's own short tip); lines that never reach the balloon stay.
 */
export function throughBalloon(line: readonly Point[], axis: readonly Point[], tipReach?: number): Point[] {
  const [start, end] = [axis[0]!, axis[axis.length - 1]!];
  const nearest = (p: Point, from: number) => {
    let best = from;
    for (let i = from; i < line.length; i++) if (distance(line[i]!, p) < distance(line[best]!, p)) best = i;
    return best;
  };
  const i0 = nearest(start, 0);
  if (distance(line[i0]!, start) > 6) return [...line];
  const i1 = nearest(end, i0);
  const before = axis[axis.length - 2] ?? start;
  const len = distance(before, end) || 1;
  const t: Point = [(end[0] - before[0]) / len, (end[1] - before[1]) / len];
  const head = [...line.slice(0, i0), ...axis];
  if (tipReach !== undefined) return [...head, [end[0] + t[0] * tipReach, end[1] + t[1] * tipReach]];
  // Rejoin ahead of the tip, never back up beside the balloon.
  const ahead = (p: Point) => (p[0] - end[0]) * t[0] + (p[1] - end[1]) * t[1] >= -0.2 * distance(p, end);
  const k = line.findIndex((p, i) => i > i1 && distance(p, end) >= REJOIN && ahead(p));
  if (k < 0) return i1 >= line.length - 1 ? head : [...head, ...line.slice(i1 + 1)];
  // A quadratic curve leaving the tip along the axis and landing on the course.
  const c: Point = [end[0] + t[0] * REJOIN * 0.6, end[1] + t[1] * REJOIN * 0.6];
  const bend = [0.25, 0.5, 0.75].map((u): Point => {
    const [a, b, e] = [(1 - u) ** 2, 2 * u * (1 - u), u * u];
    return [a * end[0] + b * c[0] + e * line[k]![0], a * end[1] + b * c[1] + e * line[k]![1]];
  });
  return [...head, ...bend, ...line.slice(k)];
}
