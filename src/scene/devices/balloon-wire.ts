import type { Point } from '../../model/anatomy-schema.js';
import { distance } from '../../model/geometry.js';

/** Units beyond the balloon's tip over which a wire bends back onto its own course. */
const REJOIN = 16;
/** Units before the balloon's proximal end over which a wire eases from its course onto the balloon's axis. */
const LEAD_IN = 12;
/** Radius of the wire's first turn off the balloon's axis, units (about 3 mm): a stiff wire's curve, not a kink. */
const REJOIN_RADIUS = 8;

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
  // The course eases into the balloon's proximal end over the last LEAD_IN units, along the balloon's axis.
  let j0 = i0 - 1;
  while (j0 > 0 && distance(line[j0]!, start) < LEAD_IN) j0--;
  const second = axis[1] ?? start;
  const axial = distance(start, second) || 1;
  const into: Point = [(second[0] - start[0]) / axial, (second[1] - start[1]) / axial];
  const head =
    j0 > 0
      ? [...line.slice(0, j0 + 1), ...ease(line[j0]!, headingAt(line, j0), start, into).slice(0, -1), ...axis]
      : [...line.slice(0, i0), ...axis];
  if (tipReach !== undefined) return [...head, [end[0] + t[0] * tipReach, end[1] + t[1] * tipReach]];
  // Rejoin ahead of the tip, never back up beside the balloon (whose side the wire would then run along).
  const ahead = (p: Point) => (p[0] - end[0]) * t[0] + (p[1] - end[1]) * t[1] >= 0;
  const k = line.findIndex((p, i) => i > i1 && distance(p, end) >= REJOIN && ahead(p));
  if (k < 0) return i1 >= line.length - 1 ? head : [...head, ...line.slice(i1 + 1)];
  return [...head, ...rejoin(end, t, line, k), ...line.slice(k + 1)];
}

/**
 * The wire's course from the balloon's tip (`end`, heading `t`) back onto `line` at index `k`: a stiff wire bends,
 * it does not kink. It first turns toward the course on an arc of `REJOIN_RADIUS` (a tip pointing into the bowel's
 * far wall curves off it within the lumen), then runs on a gentle cubic that lands on the course along it.
 * Sampled about every unit (without `end`, with line[k]).
 */
function rejoin(end: Point, t: Point, line: readonly Point[], k: number): Point[] {
  const target = line[k]!;
  const cross = (h: Point, p: Point) => h[0] * (target[1] - p[1]) - h[1] * (target[0] - p[0]);
  const side = Math.sign(cross(t, end)) || 1;
  const out: Point[] = [];
  let p: Point = end;
  let h: Point = t;
  const step = 1 / REJOIN_RADIUS;
  for (let turned = 0; turned < Math.PI / 2 && cross(h, p) * side > 0; turned += step) {
    const [c, s] = [Math.cos(side * step), Math.sin(side * step)];
    h = [h[0] * c - h[1] * s, h[0] * s + h[1] * c];
    p = [p[0] + h[0], p[1] + h[1]];
    out.push(p);
  }
  return [...out, ...ease(p, h, target, headingAt(line, k))];
}

/** The unit heading of a polyline at index i (from its neighbours). */
function headingAt(line: readonly Point[], i: number): Point {
  const [a, b] = [line[i - 1] ?? line[i]!, line[i + 1] ?? line[i]!];
  const along = distance(a, b) || 1;
  return [(b[0] - a[0]) / along, (b[1] - a[1]) / along];
}

/** A gentle cubic from p (heading h) to q (heading hq), sampled about every unit, without p, with q. */
function ease(p: Point, h: Point, q: Point, hq: Point): Point[] {
  const reach = 0.35 * distance(p, q);
  const c1: Point = [p[0] + h[0] * reach, p[1] + h[1] * reach];
  const c2: Point = [q[0] - hq[0] * reach, q[1] - hq[1] * reach];
  const n = Math.max(4, Math.ceil(distance(p, q)));
  return Array.from({ length: n }, (_, i): Point => {
    const u = (i + 1) / n;
    const m = 1 - u;
    const [w0, w1, w2, w3] = [m * m * m, 3 * m * m * u, 3 * m * u * u, u * u * u];
    return [w0 * p[0] + w1 * c1[0] + w2 * c2[0] + w3 * q[0], w0 * p[1] + w1 * c1[1] + w2 * c2[1] + w3 * q[1]];
  });
}
