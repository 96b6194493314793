import type { Point } from '../../model/anatomy-schema.js';
import { nearestOnPolyline, pointAtLength, polylineLength, sampleSpline } from '../../model/geometry.js';
import { UNITS_PER_MM } from '../../model/device-specs.js';
import { STENT_SPECS } from '../../model/stent-specs.js';
import type { StentName } from '../../model/stent-names.js';
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
 * A wide (metal) stent bends on a radius of this many times its open width: at its own width or less the inner
 * side folds and the last ring or braid cell stands out of line as a tab.
 */
const RADIUS = 1.3;
/** How far the axis of a wide stent turns toward the bowel's centre (tan of the angle, about 50°). */
const WIDE_INTO_LUMEN = 1.15;
/** Units past the duct's end where a wide stent's bend is done: it starts in the duct's intramural last few mm. */
const WIDE_AFTER = 8;

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
  const spec = STENT_SPECS[device.kind.replace('stent-', '') as StentName];
  const wide = spec && spec.openMm * UNITS_PER_MM > 30 ? spec.openMm * UNITS_PER_MM * RADIUS : 0;
  const axisAt = (s: number): Point => {
    const [a, b] = [pointAtLength(route, s).point, pointAtLength(route, s - AXIS).point];
    const len = Math.hypot(a[0] - b[0], a[1] - b[1]) || 1;
    return [(a[0] - b[0]) / len, (a[1] - b[1]) / len];
  };
  const past = pointAtLength(route, Math.min(total, exit + 10)).point;
  // A wide stent's bend spans its radius × its turn, ending a few units into the bowel.
  const sweep = wide
    ? wide *
      Math.abs(
        turnOf(axisAt(exit), towardLumen(pointAtLength(route, exit).point, axisAt(exit), past, ctx, WIDE_INTO_LUMEN)),
      )
    : 0;
  const before = wide ? sweep - WIDE_AFTER : BEFORE;
  const start = Math.max(AXIS, Math.min(exit, Math.max(device.tail + 1, exit - before)));
  const at = pointAtLength(route, start).point;
  // A wide stent's bend carries on from the duct's own direction there, without a corner where it begins.
  const axis = wide ? pointAtLength(route, start).tangent : axisAt(start);
  const dir = towardLumen(at, axis, past, ctx, wide ? WIDE_INTO_LUMEN : INTO_LUMEN);
  const kept: Point[] = [route[0]!];
  for (let i = 1, s = 0; i < route.length; i++) {
    s += Math.hypot(route[i]![0] - route[i - 1]![0], route[i]![1] - route[i - 1]![1]);
    if (s >= start) break;
    kept.push(route[i]!);
  }
  const reach = Math.max(total, device.tip) - start + 1;
  const turn = turnOf(axis, dir);
  const bend = Math.max(2, Math.min(wide ? wide * Math.abs(turn) : BEND, reach - 2));
  // The turn toward the lumen is a gentle bend, not a kink: the stent's wires and square end follow its axis.
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
  return [...kept, ...arc, [round(last[0] + dir[0] * rest), round(last[1] + dir[1] * rest)]];
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** The signed angle from direction a to direction b, in radians. */
function turnOf(a: Point, b: Point): number {
  const [a0, a1] = [Math.atan2(a[1], a[0]), Math.atan2(b[1], b[0])];
  return Math.atan2(Math.sin(a1 - a0), Math.cos(a1 - a0));
}

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
function towardLumen(at: Point, axis: Point, past: Point, ctx: DeviceContext, into: number): Point {
  for (const st of ctx.anatomy.structures) {
    if (st.kind !== 'organ' || st.shape.type !== 'tube') continue;
    const line = smooth(st.shape.centerline);
    if (nearestOnPolyline(line, past).distance > st.shape.diameter.normal / 2) continue;
    const centre = pointAtLength(line, nearestOnPolyline(line, at).arc).point;
    const d = Math.hypot(centre[0] - at[0], centre[1] - at[1]) || 1;
    const v: Point = [axis[0] + ((centre[0] - at[0]) / d) * into, axis[1] + ((centre[1] - at[1]) / d) * into];
    const n = Math.hypot(v[0], v[1]);
    return [v[0] / n, v[1] / n];
  }
  return axis;
}
