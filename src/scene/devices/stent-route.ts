import type { Point } from '../../model/anatomy-schema.js';
import { pointAtLength, polylineLength } from '../../model/geometry.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import { ductWidthAt, type DeviceContext } from './device-context.js';

/** Units of duct behind the exit that set the direction the stent carries on in. */
const AXIS = 12;

/**
 * The path a stent lies along: its route while that runs in a duct; from where the route leaves the last
 * duct (the papilla, an anastomosis) a stent is a stiff tube, so it carries straight on along the duct's
 * axis into the bowel lumen instead of turning with the wire. The arc lengths of `device` stay valid.
 */
export function stentRoute(device: DeviceState, ctx: DeviceContext): readonly Point[] {
  const route = device.route;
  const total = polylineLength(route);
  const end = Math.min(total, device.tip);
  // Walk back from the tip while outside every duct: junctions the route merely passes do not count.
  let exit = end;
  while (exit - 2 >= Math.max(AXIS, device.tail) && ductWidthAt(route, exit - 2, ctx) === Infinity) exit -= 2;
  if (exit >= end) return route;
  const at = pointAtLength(route, exit).point;
  const back = pointAtLength(route, exit - AXIS).point;
  const len = Math.hypot(at[0] - back[0], at[1] - back[1]) || 1;
  const dir: Point = [(at[0] - back[0]) / len, (at[1] - back[1]) / len];
  const kept: Point[] = [route[0]!];
  for (let i = 1, s = 0; i < route.length; i++) {
    s += Math.hypot(route[i]![0] - route[i - 1]![0], route[i]![1] - route[i - 1]![1]);
    if (s >= exit) break;
    kept.push(route[i]!);
  }
  const reach = Math.max(total, device.tip) - exit + 1;
  return [...kept, at, [at[0] + dir[0] * reach, at[1] + dir[1] * reach]];
}
