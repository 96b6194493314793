import type { Point } from '../../model/anatomy-schema.js';
import { insidePolygon, nearestOnPolyline, pointAtLength, sampleSpline } from '../../model/geometry.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import { structureGeometry } from '../structure-paths.js';
import type { DeviceContext } from './device-context.js';
import { stentExit } from './stent-route.js';

/** Units of a bowel's drawn wall strip inside its outline (about 0.7 mm): struts stay inside it, in the lumen. */
const WALL = 3;

/**
 * Where a transpapillary stent's struts may be drawn: in the duct it leaves (its drawn outline), in the bowel's
 * lumen, or through the papilla itself (within the stent's radius of where it leaves the duct, where it crosses the
 * bowel's wall). A strut anywhere else would stand in the pancreas. Null (keep everything) when the stent's tip
 * stays in a duct. `width` is the stent's open width; `drawn` its drawn route.
 */
export function strutBounds(
  device: DeviceState,
  drawn: readonly Point[],
  ctx: DeviceContext,
  width: number,
): ((p: Point) => boolean) | null {
  const exit = stentExit(device, ctx);
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
    if (line && nearestOnPolyline(line, p).distance <= lumen) return true;
    return outlines.some((o) => insidePolygon(p, o));
  };
}

/**
 * A strut run split where it leaves the bounds: each stretch inside them, cut where it crosses out (to the unit),
 * so no strut point lies outside.
 */
export function clipRun(run: readonly Point[], keep: ((p: Point) => boolean) | null): Point[][] {
  if (!keep) return [run.slice()];
  const out: Point[][] = [];
  let current: Point[] = [];
  for (let i = 0; i < run.length; i++) {
    const p = run[i]!;
    const q = run[i - 1];
    const n = q ? Math.max(1, Math.ceil(Math.hypot(p[0] - q[0], p[1] - q[1]))) : 1;
    // Each unit along the strut from the last point: the cut falls within a unit of where it leaves the bounds.
    for (let k = q ? 1 : n; k <= n; k++) {
      const r: Point = q ? [q[0] + ((p[0] - q[0]) * k) / n, q[1] + ((p[1] - q[1]) * k) / n] : p;
      if (keep(r)) {
        if (k === n || current.length === 0) current.push(r);
      } else {
        if (current.length > 1) out.push(current);
        current = [];
      }
    }
  }
  if (current.length > 1) out.push(current);
  return out;
}
