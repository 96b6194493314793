import type { Point } from '../../model/anatomy-schema.js';
import { distance } from '../../model/geometry.js';

/** Units beyond the balloon's tip over which a wire bends back onto its own course. */
const REJOIN = 16;

/**
 * A wire's or a catheter's drawn line, made to run down the axis of a stiff device it lies in (`axis`, proximal to
 * distal end: an inflatable balloon, a stent): where the course bends inside the device the line follows the device
 * instead, then curves back onto its course beyond the tip: a short curve landing 16 units on (a balloon), or with
 * `rejoin`, a curve landing that many units on in the course's own direction, so the wire bends without a corner (a
 * stent). `tipReach` ends the line that far past the device's tip instead (the catheter's own short tip); 0 ends it
 * at the tip. Lines that never reach the device stay.
 */
export function throughBalloon(
  line: readonly Point[],
  axis: readonly Point[],
  tipReach?: number,
  rejoin?: number,
): Point[] {
  const [start, end] = [axis[0]!, axis[axis.length - 1]!];
  const nearest = (p: Point, from: number) => {
    let best = from;
    for (let i = from; i < line.length; i++) if (distance(line[i]!, p) < distance(line[best]!, p)) best = i;
    return best;
  };
  const i0 = nearest(start, 0);
  if (distance(line[i0]!, start) > 6) return [...line];
  const i1 = nearest(end, i0);
  // The direction over the last few units: a sliced axis may end in a sliver of a segment.
  const before = (rejoin ? [...axis].reverse().find((p) => distance(p, end) >= 2) : axis[axis.length - 2]) ?? start;
  const len = distance(before, end) || 1;
  const t: Point = [(end[0] - before[0]) / len, (end[1] - before[1]) / len];
  const head = [...line.slice(0, i0), ...axis];
  if (tipReach === 0) return head;
  if (tipReach !== undefined) return [...head, [end[0] + t[0] * tipReach, end[1] + t[1] * tipReach]];
  // Rejoin ahead of the tip, never back up beside the device.
  const ahead = (p: Point) => (p[0] - end[0]) * t[0] + (p[1] - end[1]) * t[1] >= -0.2 * distance(p, end);
  const k = line.findIndex(
    (p, i) => i > i1 && (!rejoin || i < line.length - 1) && distance(p, end) >= (rejoin ?? REJOIN) && ahead(p),
  );
  if (k < 0) return i1 >= line.length - 1 ? head : [...head, ...line.slice(i1 + 1)];
  if (rejoin) return [...head, ...hermite(end, t, line[k]!, unit(line[k - 1]!, line[k + 1]!)), ...line.slice(k)];
  // A quadratic curve leaving the tip along the axis and landing on the course.
  const c: Point = [end[0] + t[0] * REJOIN * 0.6, end[1] + t[1] * REJOIN * 0.6];
  const bend = [0.25, 0.5, 0.75].map((u): Point => {
    const [a, b, e] = [(1 - u) ** 2, 2 * u * (1 - u), u * u];
    return [a * end[0] + b * c[0] + e * line[k]![0], a * end[1] + b * c[1] + e * line[k]![1]];
  });
  return [...head, ...bend, ...line.slice(k)];
}

const unit = (a: Point, b: Point): Point => {
  const len = distance(a, b) || 1;
  return [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
};

/** The inner points, about every 2 units, of a cubic from `a` leaving along `ta` to `b` arriving along `tb`. */
function hermite(a: Point, ta: Point, b: Point, tb: Point): Point[] {
  const reach = distance(a, b) * 0.45;
  const c1: Point = [a[0] + ta[0] * reach, a[1] + ta[1] * reach];
  const c2: Point = [b[0] - tb[0] * reach, b[1] - tb[1] * reach];
  const n = Math.max(3, Math.ceil(distance(a, b) / 2));
  return Array.from({ length: n - 1 }, (_, j): Point => {
    const u = (j + 1) / n;
    const [w0, w1, w2, w3] = [(1 - u) ** 3, 3 * u * (1 - u) ** 2, 3 * u * u * (1 - u), u ** 3];
    return [w0 * a[0] + w1 * c1[0] + w2 * c2[0] + w3 * b[0], w0 * a[1] + w1 * c1[1] + w2 * c2[1] + w3 * b[1]];
  });
}
