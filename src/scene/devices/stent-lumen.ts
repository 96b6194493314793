import type { Point } from '../../model/anatomy-schema.js';
import { nearestOnPolyline, pointAtLength, sampleSpline } from '../../model/geometry.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import type { TubeFrame } from '../tube-outline.js';
import type { DeviceContext } from './device-context.js';
import { stentExit } from './stent-route.js';

// Bowel centrelines never change: smooth each once.
const smoothed = new WeakMap<readonly Point[], readonly Point[]>();
const smooth = (line: readonly Point[]) => {
  let s = smoothed.get(line);
  if (!s) smoothed.set(line, (s = sampleSpline(line)));
  return s;
};

/**
 * The stretch of a transpapillary stent's frame that lies over the bowel it opens into: from where its route crosses
 * the bowel's outline (the duct's course through the wall and the papilla) to its end in the lumen. The bowel's
 * wall and the papilla are drawn over the duct, and past the papilla no duct lies behind the struts, so there the
 * stent shows its own dark inside and reads as one tube to its end. Null when the stent ends in a duct. `drawn` is its drawn route (`stentRoute`), `frame`
 * samples the stent from `proximal` to `distal` (arc lengths along its route) evenly.
 */
export function stentLumen(
  device: DeviceState,
  drawn: readonly Point[],
  frame: TubeFrame,
  proximal: number,
  distal: number,
  ctx: DeviceContext,
): TubeFrame | null {
  const exit = stentExit(device, ctx);
  if (exit === null || exit >= distal - 1) return null;
  const route = drawn;
  const past = pointAtLength(route, Math.min(distal, exit + 8)).point;
  let from = exit;
  for (const st of ctx.anatomy.structures) {
    if (st.kind !== 'organ' || st.shape.type !== 'tube') continue;
    const line = smooth(st.shape.centerline);
    const radius = st.shape.diameter.normal / 2;
    if (nearestOnPolyline(line, past).distance > radius) continue;
    while (from - 2 > proximal && nearestOnPolyline(line, pointAtLength(route, from - 2).point).distance <= radius)
      from -= 2;
    break;
  }
  const n = frame.spine.length;
  const first = Math.max(0, Math.floor(((from - proximal) / (distal - proximal || 1)) * (n - 1)));
  if (n - first < 2) return null;
  return { spine: frame.spine.slice(first), normals: frame.normals.slice(first), halves: frame.halves.slice(first) };
}
