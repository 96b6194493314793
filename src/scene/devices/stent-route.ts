import type { Point } from '../../model/anatomy-schema.js';
import { nearestOnPolyline, pointAtLength, polylineLength, sampleSpline } from '../../model/geometry.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import { ductWidthAt, type DeviceContext } from './device-context.js';

/** Units of duct behind the exit that set the direction the stent carries on in. */
const AXIS = 12;
/**
 * How far the protruding end turns from the duct's axis toward the bowel's centre (tan of the angle, about 75°):
 * a bile duct meets D2 nearly along its wall, and a stub carried straight on would lie on the wall strip and the
 * papilla mound instead of standing in the lumen; a full-width end needs the steep angle to clear the wall.
 */
const INTO_LUMEN = 3.7;
/**
 * Units of the bend from the duct's axis to the direction in the lumen: a 10 mm stent's inner side would fold over
 * a tighter turn. It begins `BEFORE` units above the duct's end, in the duct's last few mm (the papilla's
 * intramural course), so the turn is done within the few mm the stent stands in the bowel.
 */
const BEND = 36;
const BEFORE = 20;

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
  const start = Math.max(AXIS, Math.min(exit, Math.max(device.tail + 1, exit - BEFORE)));
  const at = pointAtLength(route, start).point;
  const back = pointAtLength(route, start - AXIS).point;
  const len = Math.hypot(at[0] - back[0], at[1] - back[1]) || 1;
  const axis: Point = [(at[0] - back[0]) / len, (at[1] - back[1]) / len];
  const dir = towardLumen(at, axis, pointAtLength(route, Math.min(total, exit + 10)).point, ctx);
  const kept: Point[] = [route[0]!];
  for (let i = 1, s = 0; i < route.length; i++) {
    s += Math.hypot(route[i]![0] - route[i - 1]![0], route[i]![1] - route[i - 1]![1]);
    if (s >= start) break;
    kept.push(route[i]!);
  }
  const reach = Math.max(total, device.tip) - start + 1;
  const bend = Math.max(2, Math.min(BEND, reach - 2));
  // The turn toward the lumen is a gentle bend, not a kink: the stent's wires and square end follow its axis.
  const [a0, a1] = [Math.atan2(axis[1], axis[0]), Math.atan2(dir[1], dir[0])];
  const turn = Math.atan2(Math.sin(a1 - a0), Math.cos(a1 - a0));
  const arc: Point[] = [at];
  for (let u = 2; u <= bend; u += 2) {
    const a = a0 + turn * ((u - 1) / bend);
    const last = arc[arc.length - 1]!;
    // Rounded: engines' trigonometry differs in the last bits, and the drawing must not.
    arc.push([round(last[0] + Math.cos(a) * 2), round(last[1] + Math.sin(a) * 2)]);
  }
  const last = arc[arc.length - 1]!;
  const rest = reach - 2 * (arc.length - 1);
  return [...kept, ...arc, [round(last[0] + dir[0] * rest), round(last[1] + dir[1] * rest)]];
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

// Bowel centrelines never change: smooth each once.
const smoothed = new WeakMap<readonly Point[], readonly Point[]>();
function smooth(centerline: readonly Point[]): readonly Point[] {
  let line = smoothed.get(centerline);
  if (!line) smoothed.set(centerline, (line = sampleSpline(centerline)));
  return line;
}

/**
 * The direction a stent leaves a duct in: its axis turned toward the centre of the bowel the route runs on into
 * (the organ tube around the route just past the exit), or the axis alone outside any bowel.
 */
function towardLumen(at: Point, axis: Point, past: Point, ctx: DeviceContext): Point {
  for (const st of ctx.anatomy.structures) {
    if (st.kind !== 'organ' || st.shape.type !== 'tube') continue;
    const line = smooth(st.shape.centerline);
    if (nearestOnPolyline(line, past).distance > st.shape.diameter.normal / 2) continue;
    const centre = pointAtLength(line, nearestOnPolyline(line, at).arc).point;
    const d = Math.hypot(centre[0] - at[0], centre[1] - at[1]) || 1;
    const v: Point = [
      axis[0] + ((centre[0] - at[0]) / d) * INTO_LUMEN,
      axis[1] + ((centre[1] - at[1]) / d) * INTO_LUMEN,
    ];
    const n = Math.hypot(v[0], v[1]);
    return [v[0] / n, v[1] / n];
  }
  return axis;
}
