import type { Point } from '../../model/anatomy-schema.js';
import {
  distanceToPolyline,
  insidePolygon,
  nearestOnPolyline,
  pointAtLength,
  sampleSpline,
} from '../../model/geometry.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import { structureGeometry } from '../structure-paths.js';
import type { DeviceContext } from './device-context.js';

/** Units of a bowel's drawn wall strip inside its outline (about 0.7 mm): struts stay inside it, in the lumen. */
const WALL = 3;
/** Units a strut may stray onto a wall line: its own half-width at a lecture's zoom. */
const SLACK = 1;

/**
 * Where a transpapillary stent's struts may be drawn: in the duct it leaves (its drawn outline), in the bowel's
 * lumen, or through the papilla itself (within the stent's radius of where it leaves the duct, where it crosses the
 * bowel's wall). A strut anywhere else would stand in the pancreas. `exit` is the arc length where the stent leaves
 * the last duct (`stentExit`); null (keep everything) when its tip stays in a duct. `width` is the stent's open width;
 * `drawn` its drawn route.
 */
export function strutBounds(
  exit: number | null,
  device: DeviceState,
  drawn: readonly Point[],
  ctx: DeviceContext,
  width: number,
): ((p: Point) => boolean) | null {
  if (exit === null) return null;
  const at = pointAtLength(device.route, exit).point;
  const inside = pointAtLength(device.route, exit - 4).point;
  const past = pointAtLength(drawn, exit + 10).point;
  const ducts = ctx.anatomy.structures.filter(
    (s) =>
      s.kind === 'duct' &&
      s.shape.type === 'tube' &&
      nearestOnPolyline(sampleSpline(s.shape.centerline), inside).distance <= width / 2,
  );
  const outlines = ducts.map((s) => structureGeometry(s, ctx.stateOf(s.id)));
  const bowel = ctx.anatomy.structures.find(
    (s) =>
      s.kind === 'organ' &&
      s.shape.type === 'tube' &&
      nearestOnPolyline(sampleSpline(s.shape.centerline), past).distance <= s.shape.diameter.normal / 2,
  );
  const line = bowel?.shape.type === 'tube' ? sampleSpline(bowel.shape.centerline) : null;
  const lumen = bowel?.shape.type === 'tube' ? bowel.shape.diameter.normal / 2 - WALL : 0;
  const near = width / 2 + 2;
  // Far up the duct nothing is clipped: only the stretch around the exit can reach out of the duct and lumen.
  const reach = width * 2 + 40;
  return (p) => {
    const d = Math.hypot(p[0] - at[0], p[1] - at[1]);
    if (d > reach || d <= near) return true;
    if (line && nearestOnPolyline(line, p).distance <= lumen + SLACK) return true;
    return outlines.some((o) => insidePolygon(p, o) || distanceToPolyline(p, o) <= SLACK);
  };
}

/**
 * A strut run split where it leaves the bounds: each stretch whose points lie inside them, cut to the unit where
 * a strut crosses out or back in. A strut between two points inside is kept whole (a Z ring stays a closed hoop).
 */
export function clipRun(run: readonly Point[], keep: ((p: Point) => boolean) | null): Point[][] {
  if (!keep) return [run.slice()];
  const inside = run.map(keep);
  if (inside.every(Boolean)) return [run.slice()];
  const out: Point[][] = [];
  let current: Point[] = [];
  const close = () => {
    if (current.length > 1) out.push(current);
    current = [];
  };
  for (let i = 0; i < run.length; i++) {
    const p = run[i]!;
    const q = run[i - 1];
    if (q && inside[i] !== inside[i - 1]) {
      // The crossing, to the unit: the last point inside from the side that is inside.
      const n = Math.max(1, Math.ceil(Math.hypot(p[0] - q[0], p[1] - q[1])));
      const along = (k: number): Point => [q[0] + ((p[0] - q[0]) * k) / n, q[1] + ((p[1] - q[1]) * k) / n];
      if (inside[i - 1]) {
        let k = 0;
        while (k + 1 < n && keep(along(k + 1))) k++;
        current.push(along(k));
        close();
      } else {
        let k = n;
        while (k - 1 > 0 && keep(along(k - 1))) k--;
        current.push(along(k));
      }
    }
    if (inside[i]) current.push(p);
  }
  close();
  return out;
}

/**
 * A strut point drawn in toward the stent's axis (`centre`) until it lies in the bounds: where one continuous wire
 * (the spiral) must stay unbroken, it hugs the papilla's passage instead of being cut.
 */
export function pullIn(p: Point, centre: Point, keep: ((p: Point) => boolean) | null): Point {
  if (!keep || keep(p)) return p;
  let [lo, hi] = [0, 1];
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    if (keep([centre[0] + (p[0] - centre[0]) * mid, centre[1] + (p[1] - centre[1]) * mid])) lo = mid;
    else hi = mid;
  }
  return [centre[0] + (p[0] - centre[0]) * lo, centre[1] + (p[1] - centre[1]) * lo];
}
