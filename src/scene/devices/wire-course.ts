import type { Point } from '../../model/anatomy-schema.js';
import {
  distance,
  nearestOnPolyline,
  pointAtLength,
  polylineLength,
  sampleSpline,
  slicePolyline,
} from '../../model/geometry.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import type { DeviceContext } from './device-context.js';
import { roundCorners } from './round-corners.js';
import { stentEnds } from './stent-geometry.js';
import { stentRoute } from './stent-route.js';

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
): Point[] {
  return courseOf(stent, ctx, path).line;
}

function courseOf(stent: DeviceState, ctx: DeviceContext, path: readonly Point[]): { line: Point[]; free: boolean } {
  const route = stent.route;
  const end = Math.min(stent.tip, polylineLength(path));
  const head = upTo(path, end);
  const { point: mouth, tangent: axis } = pointAtLength(path, end);
  const bowel = bowelAt(mouth, ctx);
  if (!bowel) return { line: [...head, ...from(route, end).slice(1)], free: false };
  const line = bowel.line;
  const near = nearestOnPolyline(line, mouth).arc;
  // Down the bowel the way the route goes on (toward its far end), else along the stent's own heading.
  const last = nearestOnPolyline(line, route[route.length - 1]!).arc;
  const ahead = pointAtLength(line, near).tangent;
  const heading = Math.sign(ahead[0] * axis[0] + ahead[1] * axis[1]) || 1;
  const sign = Math.abs(last - near) > 2 ? Math.sign(last - near) : heading;
  const length = polylineLength(line);
  const landAt = Math.max(0, Math.min(length, near + sign * LAND));
  const { point: land, tangent } = pointAtLength(line, landAt);
  const onward = sign > 0 ? from(line, landAt) : upTo(line, landAt).reverse();
  const t: Point = [tangent[0] * sign, tangent[1] * sign];
  return { line: [...head, ...hermite(mouth, axis, land, t), ...onward], free: true };
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
  const { line: course, free } = courseOf(stent, ctx, path);
  const enter = pointAtLength(course, start).point;
  const i0 = nearestIndex(line, enter, 0);
  if (distance(line[i0]!, enter) > 6) return [...line];
  const head = line.slice(0, i0);
  if (free || device.tip <= stent.tip)
    return roundCorners([...head, ...slicePolyline(course, start, device.tip)], PASSES);
  // Past a stent inside the ducts: from its end back onto the line, ahead of the end, never beside the stent.
  const { point: mouth, tangent: axis } = pointAtLength(course, stent.tip);
  const i1 = nearestIndex(line, mouth, i0);
  const k = line.findIndex((p, i) => i > i1 && i < line.length - 1 && distance(p, mouth) >= REJOIN);
  const ride = slicePolyline(course, start, stent.tip);
  if (k < 0) return roundCorners([...head, ...ride], PASSES);
  const along = unit(line[k - 1]!, line[k + 1]!);
  return roundCorners([...head, ...ride, ...hermite(mouth, axis, line[k]!, along), ...line.slice(k)], PASSES);
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

/** The points of a polyline up to arc length s, ending exactly there. */
function upTo(line: readonly Point[], s: number): Point[] {
  const out: Point[] = [line[0]!];
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    walked += distance(line[i - 1]!, line[i]!);
    if (walked >= s) break;
    out.push(line[i]!);
  }
  out.push(pointAtLength(line, s).point);
  return out;
}

/** The points of a polyline from arc length s on, starting exactly there. */
function from(line: readonly Point[], s: number): Point[] {
  const out: Point[] = [pointAtLength(line, s).point];
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    walked += distance(line[i - 1]!, line[i]!);
    if (walked > s) out.push(line[i]!);
  }
  return out;
}

// Bowel centrelines never change: smooth each once.
const smoothed = new WeakMap<readonly Point[], Point[]>();

/** The bowel (an organ tube) whose lumen holds `p`, as its smooth centre line. */
function bowelAt(p: Point, ctx: DeviceContext): { line: Point[] } | undefined {
  for (const st of ctx.anatomy.structures) {
    if (st.kind !== 'organ' || st.shape.type !== 'tube') continue;
    let line = smoothed.get(st.shape.centerline);
    if (!line) smoothed.set(st.shape.centerline, (line = sampleSpline(st.shape.centerline)));
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
