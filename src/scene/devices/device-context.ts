import type { Point, Structure } from '../../model/anatomy-schema.js';
import {
  distanceToPolyline,
  nearestOnPolyline,
  polylineLength,
  sampleSpline,
  slicePolyline,
} from '../../model/geometry.js';
import type { Anatomy } from '../../model/parse-anatomy.js';
import { arcTable, nearestTable, type ArcPoint } from '../../model/arc-table.js';
import type { Lesion } from '../../timeline/timeline-types.js';
import { tubeWidth, type ShapeState } from '../structure-paths.js';
import { splineOf } from '../../model/spline-of.js';

/** What device drawing needs to know about the anatomy around a route. */
export interface DeviceContext {
  readonly anatomy: Anatomy;
  readonly lesions: readonly Lesion[];
  readonly stateOf: (id: string) => ShapeState;
  /**
   * An exact key for every shape state and lesion `stateOf` and `lesions` give (the scene builder's): what is drawn
   * from them alone may be kept from frame to frame under it. Without it nothing is kept.
   */
  readonly shapeKey?: string;
}

/** A lesion's stretch along a route, as arc lengths [from, to], with its patency. */
export interface RouteLesion {
  readonly from: number;
  readonly to: number;
  readonly patency: number;
}

/** Arc length of the route point nearest p, and its distance from p. */
function arcNearest(route: readonly Point[], p: Point): { s: number; d: number } {
  const near = nearestOnPolyline(route, p);
  return { s: near.arc, d: near.distance };
}

/** The lesions a route passes through (within a few units), located along it. */
export function lesionsOnRoute(route: readonly Point[], ctx: DeviceContext): RouteLesion[] {
  const out: RouteLesion[] = [];
  for (const lesion of ctx.lesions) {
    const duct = ctx.anatomy.byId.get(lesion.duct);
    if (duct?.shape.type !== 'tube') continue;
    const spine = splineOf(duct.shape.centerline);
    const total = polylineLength(spine);
    const stretch = slicePolyline(spine, lesion.span[0] * total, lesion.span[1] * total);
    const ends = [stretch[0]!, stretch[stretch.length - 1]!].map((p) => arcNearest(route, p));
    if (ends.some((e) => e.d > 8)) continue;
    const [a, b] = ends.map((e) => e.s) as [number, number];
    out.push({ from: Math.min(a, b), to: Math.max(a, b), patency: lesion.patency });
  }
  return out;
}

/** A duct's smooth spine prepared for nearest-point queries, its length, and its centreline's bounding box. */
interface Spine {
  readonly near: (p: Point) => { arc: number; distance: number };
  readonly length: number;
  readonly box: readonly [number, number, number, number];
}

// Duct centrelines never change: sample and measure each smooth spine once, not on every frame.
const spines = new WeakMap<readonly Point[], Spine>();
function spineOf(centerline: readonly Point[]): Spine {
  let spine = spines.get(centerline);
  if (!spine) {
    const line = sampleSpline(centerline, 6);
    const xs = centerline.map((p) => p[0]);
    const ys = centerline.map((p) => p[1]);
    const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
    spines.set(centerline, (spine = { near: nearestTable(line), length: polylineLength(line), box }));
  }
  return spine;
}

/** True when p is more than `d` from every point of the box (so from every point of what it bounds). */
const beyond = (p: Point, [x0, y0, x1, y1]: Spine['box'], d: number) =>
  p[0] < x0 - d || p[0] > x1 + d || p[1] < y0 - d || p[1] > y1 + d;

// A device's route is fixed for the whole procedure, and asked about many times a frame: measure it once.
const routes = new WeakMap<readonly Point[], (s: number) => ArcPoint>();
function routeTable(route: readonly Point[]): (s: number) => ArcPoint {
  let at = routes.get(route);
  if (!at) routes.set(route, (at = arcTable(route)));
  return at;
}

/** Units of route per stretch whose nearby ducts are listed once (`ductsNear`). */
const STRETCH = 4;
/** How far from the route a duct's centreline may lie and still be looked at (ductWidthAt's first test). */
const REACH = 30;
const nearby = new WeakMap<readonly Point[], { anatomy: Anatomy; stretches: Map<number, readonly Structure[]> }>();

/**
 * The ducts that may lie within REACH of the route anywhere on the stretch of it holding arc length s. A stent's
 * width is asked for at hundreds of places a frame, each of which looked at every structure; a route and the ducts
 * never move, so each 4-unit stretch's list is made once: those within REACH + 2 of its middle, as no place on the
 * stretch lies more than 2 units from it.
 */
function ductsNear(route: readonly Point[], s: number, anatomy: Anatomy): readonly Structure[] {
  let known = nearby.get(route);
  if (known?.anatomy !== anatomy) nearby.set(route, (known = { anatomy, stretches: new Map() }));
  const k = Math.floor(s / STRETCH);
  let ducts = known.stretches.get(k);
  if (!ducts) {
    const middle = routeTable(route)((k + 0.5) * STRETCH).point;
    ducts = anatomy.structures.filter(
      (st) =>
        st.kind === 'duct' &&
        st.shape.type === 'tube' &&
        !beyond(middle, spineOf(st.shape.centerline).box, REACH + STRETCH / 2) &&
        distanceToPolyline(middle, st.shape.centerline) <= REACH + STRETCH / 2,
    );
    known.stretches.set(k, ducts);
  }
  return ducts;
}

/**
 * Drawn width of the duct the route runs along at arc length s (Infinity
 * outside every duct, e.g. in the duodenum). A duct only counts where the
 * route follows its centreline, so ducts merely crossed or touched at a
 * junction (the pancreatic duct at the ampulla) do not pinch a stent.
 * `squeezed` includes the narrowing of strictures (the lumen as drawn now). With `widest`, the widest of the
 * ducts the route follows there (where ducts join, the one a stent holds open), still Infinity outside them all.
 */
export function ductWidthAt(
  route: readonly Point[],
  s: number,
  ctx: DeviceContext,
  squeezed = false,
  widest = false,
): number {
  const at = routeTable(route);
  const here = at(s).point;
  const ahead = at(s + 8).point;
  const behind = at(Math.max(0, s - 8)).point;
  let best = Infinity;
  let most = 0;
  for (const st of ductsNear(route, s, ctx.anatomy)) {
    if (st.shape.type !== 'tube') continue;
    const line = st.shape.centerline;
    const spine = spineOf(line);
    if (beyond(here, spine.box, REACH) || distanceToPolyline(here, line) > REACH) continue;
    const near = spine.near(here);
    if (near.distance > 3) continue;
    if (spine.near(ahead).distance > 3 && spine.near(behind).distance > 3) continue;
    const f = near.arc / (spine.length || 1);
    const width = tubeWidth(st, f, squeezed ? ctx.stateOf(st.id) : { ...ctx.stateOf(st.id), narrow: [] });
    [best, most] = [Math.min(best, width), Math.max(most, width)];
  }
  return widest && most > 0 ? most : best;
}
