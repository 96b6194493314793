import type { Point } from '../model/anatomy-schema.js';
import { distance, nearestOnPolyline, pointAtLength } from '../model/geometry.js';

/** Units along the route, either side of a point, whose drawn mesh counts toward its edge there. */
const ALONG = 6;
/** Units in from the outermost wire, so the leader's end lands on the mesh, not beside it. */
const INSET = 1;

/**
 * The two points where a wide device's drawn lines (a stent's mesh, `drawn`) reach farthest out from its route,
 * across the route at `p`: its edges there. A word's leader ends on an edge, so its box can stand beside the device
 * within a short leader, not only beyond half of a wide stent. None where nothing is drawn across.
 */
export function meshEdges(p: Point, route: readonly Point[], drawn: readonly Point[]): Point[] {
  const { arc } = nearestOnPolyline(route, p);
  const { point: c, tangent: t } = pointAtLength(route, arc);
  const n: Point = [-t[1], t[0]];
  let [lo, hi] = [0, 0];
  const near: Point[] = [];
  for (const q of drawn) {
    const [dx, dy] = [q[0] - c[0], q[1] - c[1]];
    if (Math.abs(dx * t[0] + dy * t[1]) > ALONG) continue;
    near.push(q);
    const across = dx * n[0] + dy * n[1];
    [lo, hi] = [Math.min(lo, across), Math.max(hi, across)];
  }
  // The drawn point nearest each edge: where a stent flares open along the route, the edge a few units on lies
  // beyond its mesh here, and an end there would point at nothing.
  const onMesh = (e: Point) => near.reduce((a, q) => (distance(q, e) < distance(a, e) ? q : a));
  return [hi, lo]
    .filter((k) => Math.abs(k) > INSET * 2)
    .map((k) => onMesh([c[0] + n[0] * (k - Math.sign(k) * INSET), c[1] + n[1] * (k - Math.sign(k) * INSET)]));
}
