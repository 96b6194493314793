import type { Point } from '../../model/anatomy-schema.js';
import { distance, nearestOnPolyline, pointAtLength, polylineLength, slicePolyline } from '../../model/geometry.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import { ductWidthAt, type DeviceContext } from './device-context.js';
import { roundCorners } from './round-corners.js';
import { stentEnds } from './stent-geometry.js';
import { stentRoute } from './stent-route.js';
import { whereLies } from './where-lies.js';
import { splineOf } from '../../model/spline-of.js';

/**
 * Units along the bowel's centre line, past the point nearest the stent's end, where the wire reaches the lumen's
 * middle (about 9 mm): the turn from the stent's axis down the bowel is a gentle curve, not a kink at its mouth.
 */
const LAND = 38;
/** Units past a stent that ends in a duct over which the wire curves back onto its own course. */
const REJOIN = 16;
/** Smoothing passes over the joined line: they take out the corners where the wire enters the stent. */
const PASSES = 8;

/**
 * The course everything threaded over a stent's wire follows (the wire, the delivery system's inner shaft, a
 * catheter): the stent's own drawn path (`path`, default `stentRoute`) up to its distal end, then, where that end
 * stands in a bowel, a smooth curve from the stent's axis onto the bowel's centre line and on along it, the way the
 * route goes. A wire lies inside whatever is threaded on it, so it can neither leave through the stent's wall at
 * its bend nor run along the bowel's wall below it. Arc lengths up to the stent's end are the route's; beyond a
 * stent that ends in a duct the course is the route's own.
 */
export function wireCourse(
  stent: DeviceState,
  ctx: DeviceContext,
  path: readonly Point[] = stentRoute(stent, ctx),
): readonly Point[] {
  return courseOf(stent, ctx, path).line;
}

/**
 * The course (see wireCourse); `free` where the stent's own end stands in a bowel, else `exit`, the arc length where
 * the route leaves the ducts past the stent's end into a bowel (if it does).
 */
function courseOf(stent: DeviceState, ctx: DeviceContext, path: readonly Point[]): Course {
  return whereLies(ctx.anatomy, 'course', stent, () => courseAlong(stent, ctx, path), path);
}

/** A wire's course over a stent (see courseOf). */
interface Course {
  readonly line: readonly Point[];
  readonly free: boolean;
  readonly exit?: number;
}

function courseAlong(stent: DeviceState, ctx: DeviceContext, path: readonly Point[]): Course {
  const route = stent.route;
  const end = Math.min(stent.tip, polylineLength(path));
  const head = slicePolyline(path, 0, end);
  const { point: mouth, tangent: axis } = pointAtLength(path, end);
  // Only an end out of every duct stands in a bowel (D1 passes over the bile duct).
  const bowel = ductWidthAt(route, end, ctx) === Infinity ? bowelAt(mouth, ctx) : undefined;
  if (!bowel) {
    // A stent inside the ducts: the wire runs on along the route to where it leaves them (the papilla) and from
    // there into the bowel's lumen the same way, so it does not jump when the stent's end is pushed out.
    const exit = exitAfter(route, end, ctx);
    if (exit === undefined) return { line: [...head, ...slicePolyline(route, end, Infinity).slice(1)], free: false };
    const { point, tangent } = pointAtLength(route, exit);
    const on = intoBowel(point, tangent, route, bowelAt(point, ctx)!.line);
    return { line: [...head, ...slicePolyline(route, end, exit).slice(1), ...on], free: false, exit };
  }
  return { line: [...head, ...intoBowel(mouth, axis, route, bowel.line)], free: true };
}

/**
 * Arc length past `s` where the route leaves the last duct into a bowel, if it does: the start of its last stretch
 * outside every duct (junctions and ducts merely crossed on the way, as under D1, do not count).
 */
function exitAfter(route: readonly Point[], s: number, ctx: DeviceContext): number | undefined {
  let exit = polylineLength(route);
  if (ductWidthAt(route, exit, ctx) !== Infinity) return undefined;
  while (exit - 2 > s && ductWidthAt(route, exit - 2, ctx) === Infinity) exit -= 2;
  return exit - 2 > s && bowelAt(pointAtLength(route, exit).point, ctx) ? exit : undefined;
}

/**
 * From `mouth`, heading along `axis`, a smooth curve onto the bowel's centre line `line` and on along it the way the
 * route goes (toward its far end), else the way `axis` heads.
 */
function intoBowel(mouth: Point, axis: Point, route: readonly Point[], line: readonly Point[]): Point[] {
  const near = nearestOnPolyline(line, mouth).arc;
  // Down the bowel the way the route goes on (toward its far end), else along the stent's own heading.
  const last = nearestOnPolyline(line, route[route.length - 1]!).arc;
  const ahead = pointAtLength(line, near).tangent;
  const heading = Math.sign(ahead[0] * axis[0] + ahead[1] * axis[1]) || 1;
  const sign = Math.abs(last - near) > 2 ? Math.sign(last - near) : heading;
  const length = polylineLength(line);
  const landAt = Math.max(0, Math.min(length, near + sign * LAND));
  const { point: land, tangent } = pointAtLength(line, landAt);
  const onward = sign > 0 ? slicePolyline(line, landAt, length) : slicePolyline(line, 0, landAt).reverse();
  const t: Point = [tangent[0] * sign, tangent[1] * sign];
  return [...hermite(mouth, axis, land, t), ...onward];
}

/**
 * A wire's or catheter's drawn line (`line`, from its hub) where `stent` lies on its route: from where it enters the
 * stent it follows the stent's `wireCourse` to its own tip; past a stent that ends in a duct it curves back onto its
 * own line `REJOIN` units on. Lines that end before the stent, or run on another route, stay. The corner where the
 * line meets the stent's path is smoothed out.
 */
export function rideStent(
  line: readonly Point[],
  device: DeviceState,
  stent: DeviceState,
  ctx: DeviceContext,
): Point[] {
  if (stent.opacity <= 0 || line.length < 2 || !sameRoute(device.route, stent.route)) return [...line];
  const [proximal] = stentEnds(stent);
  const start = Math.max(proximal, device.tail);
  if (device.tip < start + 2) return [...line];
  const path = stentRoute(stent, ctx);
  const { line: course, free, exit } = courseOf(stent, ctx, path);
  const enter = pointAtLength(course, start).point;
  const i0 = nearestIndex(line, enter, 0);
  if (distance(line[i0]!, enter) > 6) return [...line];
  const head = line.slice(0, i0);
  if (free || device.tip <= stent.tip)
    return roundCorners([...head, ...slicePolyline(course, start, device.tip)], PASSES);
  // Past a stent inside the ducts: from its end back onto the line, ahead of the end, never beside the stent.
  const { point: mouth, tangent: axis } = pointAtLength(course, stent.tip);
  const i1 = nearestIndex(line, mouth, i0);
  const ride = slicePolyline(course, start, stent.tip);
  // Where the line leaves the ducts into a bowel, past the stent: from there on into the bowel's lumen.
  const out =
    exit !== undefined && device.tip > exit
      ? leaving(line, i1, pointAtLength(stent.route, exit).point, ctx)
      : undefined;
  const stop = out ? out.at : line.length - 1;
  const k = line.findIndex((p, i) => i > i1 && i < stop && distance(p, mouth) >= REJOIN);
  if (k < 0) {
    const rest = out ? intoBowel(mouth, axis, stent.route, out.bowel) : line.slice(i1 + 1);
    return roundCorners([...head, ...ride, ...cut(rest, mouth, polylineLength(line.slice(i1)))], PASSES);
  }
  const along = unit(line[k - 1]!, line[k + 1]!);
  const rejoin = [...ride, ...hermite(mouth, axis, line[k]!, along)];
  if (!out) return roundCorners([...head, ...rejoin, ...line.slice(k)], PASSES);
  const q = line[out.at]!;
  const bowel = intoBowel(q, unit(line[out.at - 1]!, line[out.at + 1] ?? q), stent.route, out.bowel);
  const onward = cut(bowel, q, polylineLength(line.slice(out.at)));
  return roundCorners([...head, ...rejoin, ...line.slice(k, out.at + 1), ...onward], PASSES);
}

/** The index on `line` (after `after`) nearest where the route leaves the ducts, and the bowel it enters. */
function leaving(
  line: readonly Point[],
  after: number,
  exit: Point,
  ctx: DeviceContext,
): { at: number; bowel: readonly Point[] } | undefined {
  const at = nearestIndex(line, exit, after);
  const bowel = bowelAt(exit, ctx);
  return bowel && at > after && at < line.length - 1 ? { at, bowel: bowel.line } : undefined;
}

/** The points of `rest` (going on from `start`) up to `length` units from `start` along them. */
function cut(rest: readonly Point[], start: Point, length: number): Point[] {
  return slicePolyline([start, ...rest], 0, length).slice(1);
}

const unit = (a: Point, b: Point): Point => {
  const len = distance(a, b) || 1;
  return [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
};

function nearestIndex(line: readonly Point[], p: Point, after: number): number {
  let best = after;
  for (let i = after; i < line.length; i++) if (distance(line[i]!, p) < distance(line[best]!, p)) best = i;
  return best;
}

const sameRoute = (a: readonly Point[], b: readonly Point[]) =>
  a === b || (a.length === b.length && a.every((p, i) => p[0] === b[i]![0] && p[1] === b[i]![1]));

/** The bowel (an organ tube) whose lumen holds `p`, as its smooth centre line. */
function bowelAt(p: Point, ctx: DeviceContext): { line: readonly Point[] } | undefined {
  for (const st of ctx.anatomy.structures) {
    if (st.kind !== 'organ' || st.shape.type !== 'tube') continue;
    const line = splineOf(st.shape.centerline);
    if (nearestOnPolyline(line, p).distance < st.shape.diameter.normal / 2) return { line };
  }
  return undefined;
}

/** The inner points, about every 2 units, of a cubic from `a` leaving along `ta` to `b` arriving along `tb`. */
function hermite(a: Point, ta: Point, b: Point, tb: Point): Point[] {
  const reach = distance(a, b) * 0.5;
  const c1: Point = [a[0] + ta[0] * reach, a[1] + ta[1] * reach];
  const c2: Point = [b[0] - tb[0] * reach, b[1] - tb[1] * reach];
  const n = Math.max(3, Math.ceil(distance(a, b) / 2));
  return Array.from({ length: n - 1 }, (_, j): Point => {
    const u = (j + 1) / n;
    const [w0, w1, w2, w3] = [(1 - u) ** 3, 3 * u * (1 - u) ** 2, 3 * u * u * (1 - u), u ** 3];
    return [w0 * a[0] + w1 * c1[0] + w2 * c2[0] + w3 * b[0], w0 * a[1] + w1 * c1[1] + w2 * c2[1] + w3 * b[1]];
  });
}
