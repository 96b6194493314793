import type { Point } from '../../model/anatomy-schema.js';
import { nearestOnPolyline, pointAtLength, polylineLength, hypot, distance } from '../../model/geometry.js';
import { UNITS_PER_MM } from '../../model/device-specs.js';
import { STENT_SPECS } from '../../model/stent-specs.js';
import type { StentName } from '../../model/stent-names.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import { ductWidthAt, type DeviceContext } from './device-context.js';
import { whereLies } from './where-lies.js';
import { splineOf } from '../../model/spline-of.js';

/** Units of duct behind the exit that set the direction the stent carries on in. */
const AXIS = 12;
/**
 * How far the stub's axis turns caudally (down the bowel) past the papilla, in degrees: the bile duct crosses the
 * D2 wall obliquely, and a transpapillary stent carries on along that course, its last few mm easing down the bowel.
 */
const CAUDAL_TURN = 12;
/**
 * The flattest its end may lie to the bowel's wall, in degrees: flatter, a stent's stub would run along the wall
 * strip and the papilla mound instead of standing in the lumen.
 */
const MIN_TO_WALL = 32;
/**
 * A stent bends on a radius of at least this many times its open width: at its own width or less the inner side
 * folds and the last ring or braid cell stands out of line as a tab.
 */
const RADIUS = 1.3;

/**
 * The path a stent lies along: its route while that runs in a duct; from where the route leaves the last duct
 * (the papilla, an anastomosis) a stent is a stiff tube, so it carries straight on along the duct's axis through
 * the papilla into the bowel lumen, easing down the bowel, instead of turning with the wire. The arc lengths of
 * `device` stay valid.
 */
export function stentRoute(device: DeviceState, ctx: DeviceContext): readonly Point[] {
  return whereLies(ctx.anatomy, 'path', device, () => pathOf(device, ctx));
}

function pathOf(device: DeviceState, ctx: DeviceContext): readonly Point[] {
  const route = device.route;
  const total = polylineLength(route);
  const exit = stentExit(device, ctx);
  if (exit === null) return route;
  const spec = STENT_SPECS[device.kind.replace('stent-', '') as StentName];
  const width = spec ? spec.openMm * UNITS_PER_MM : 12;
  const at = pointAtLength(route, exit).point;
  const back = pointAtLength(route, exit - AXIS).point;
  const len = distance(at, back) || 1;
  const axis: Point = [(at[0] - back[0]) / len, (at[1] - back[1]) / len];
  const turn = caudalTurn(at, axis, pointAtLength(route, Math.min(total, exit + 10)).point, ctx);
  const kept: Point[] = [route[0]!];
  for (let i = 1, s = 0; i < route.length; i++) {
    s += distance(route[i]!, route[i - 1]!);
    if (s >= exit) break;
    kept.push(route[i]!);
  }
  const reach = Math.max(total, device.tip) - exit + 1;
  const bend = Math.max(2, Math.min(width * RADIUS * Math.abs(turn), reach - 2));
  // The turn is a gentle bend, not a kink: the stent's wires and square end follow its axis.
  const a0 = Math.atan2(axis[1], axis[0]);
  const arc: Point[] = [at];
  for (let u = 2; u <= bend; u += 2) {
    const a = a0 + turn * ((u - 1) / bend);
    const last = arc[arc.length - 1]!;
    // Rounded: engines' trigonometry differs in the last bits, and the drawing must not.
    arc.push([round(last[0] + Math.cos(a) * 2), round(last[1] + Math.sin(a) * 2)]);
  }
  const last = arc[arc.length - 1]!;
  const rest = reach - 2 * (arc.length - 1);
  const dir: Point = [Math.cos(a0 + turn), Math.sin(a0 + turn)];
  return [...kept, ...arc, [round(last[0] + dir[0] * rest), round(last[1] + dir[1] * rest)]];
}

/**
 * The route's corner within a few units of `s` (where the wire turns from the duct's end down the bowel, at the
 * papilla), else s: the duct's width reaches a little past its end, and the stent must leave along the duct's axis.
 */
function cornerNear(route: readonly Point[], s: number): number {
  let best = s;
  for (let i = 1, at = 0; i < route.length - 1; i++) {
    const [a, b, c] = [route[i - 1]!, route[i]!, route[i + 1]!];
    at += distance(b, a);
    if (at > s + 4) break;
    if (at < s - 12) continue;
    const [u, v] = [
      [b[0] - a[0], b[1] - a[1]],
      [c[0] - b[0], c[1] - b[1]],
    ] as const;
    const cos = (u[0] * v[0] + u[1] * v[1]) / (hypot(...u) * hypot(...v) || 1);
    if (cos < Math.cos((15 * Math.PI) / 180)) best = at;
  }
  return best;
}

/**
 * Arc length along its route where a stent leaves the last duct it runs in (the papilla), or null when its tip
 * stays in a duct.
 */
export function stentExit(device: DeviceState, ctx: DeviceContext): number | null {
  return whereLies(ctx.anatomy, 'exit', device, () => exitOf(device, ctx));
}

function exitOf(device: DeviceState, ctx: DeviceContext): number | null {
  const route = device.route;
  const end = Math.min(polylineLength(route), device.tip);
  // Walk back from the tip while outside every duct: junctions the route merely passes do not count.
  let exit = end;
  while (exit - 2 >= Math.max(AXIS, device.tail) && ductWidthAt(route, exit - 2, ctx) === Infinity) exit -= 2;
  return exit >= end ? null : cornerNear(route, exit);
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/**
 * The signed angle (radians) the stub turns by past the exit: toward the bowel's own direction (down D2) by up to
 * `CAUDAL_TURN`, never to less than `MIN_TO_WALL` off the wall (away from it when the duct meets the wall flatter);
 * 0 outside any bowel (the route just past the exit, `past`, lies in none).
 */
function caudalTurn(at: Point, axis: Point, past: Point, ctx: DeviceContext): number {
  for (const st of ctx.anatomy.structures) {
    if (st.kind !== 'organ' || st.shape.type !== 'tube') continue;
    const line = splineOf(st.shape.centerline);
    if (nearestOnPolyline(line, past).distance > st.shape.diameter.normal / 2) continue;
    let down = pointAtLength(line, nearestOnPolyline(line, at).arc).tangent;
    if (down[0] * axis[0] + down[1] * axis[1] < 0) down = [-down[0], -down[1]];
    const toWall = Math.acos(Math.min(1, down[0] * axis[0] + down[1] * axis[1]));
    // Positive: turning from the axis toward `down` is clockwise on screen (y down).
    const side = axis[0] * down[1] - axis[1] * down[0] >= 0 ? 1 : -1;
    const least = (MIN_TO_WALL * Math.PI) / 180;
    const target = Math.max(least, toWall - (CAUDAL_TURN * Math.PI) / 180);
    return side * (toWall - target);
  }
  return 0;
}
