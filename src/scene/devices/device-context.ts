import type { Point } from '../../model/anatomy-schema.js';
import {
  distanceToPolyline,
  nearestOnPolyline,
  polylineLength,
  sampleSpline,
  slicePolyline,
} from '../../model/geometry.js';
import type { Anatomy } from '../../model/parse-anatomy.js';
import { arcTable, type ArcPoint } from '../../model/arc-table.js';
import type { Lesion } from '../../timeline/timeline-types.js';
import { tubeWidth, type ShapeState } from '../structure-paths.js';

/** What device drawing needs to know about the anatomy around a route. */
export interface DeviceContext {
  readonly anatomy: Anatomy;
  readonly lesions: readonly Lesion[];
  readonly stateOf: (id: string) => ShapeState;
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
    const spine = sampleSpline(duct.shape.centerline);
    const total = polylineLength(spine);
    const stretch = slicePolyline(spine, lesion.span[0] * total, lesion.span[1] * total);
    const ends = [stretch[0]!, stretch[stretch.length - 1]!].map((p) => arcNearest(route, p));
    if (ends.some((e) => e.d > 8)) continue;
    const [a, b] = ends.map((e) => e.s) as [number, number];
    out.push({ from: Math.min(a, b), to: Math.max(a, b), patency: lesion.patency });
  }
  return out;
}

// Duct centrelines never change: sample each smooth spine once, not on every frame.
const spines = new WeakMap<readonly Point[], Point[]>();
function spineOf(centerline: readonly Point[]): Point[] {
  let spine = spines.get(centerline);
  if (!spine) spines.set(centerline, (spine = sampleSpline(centerline, 6)));
  return spine;
}

// A device's route is fixed for the whole procedure, and asked about many times a frame: measure it once.
const routes = new WeakMap<readonly Point[], (s: number) => ArcPoint>();
function routeTable(route: readonly Point[]): (s: number) => ArcPoint {
  let at = routes.get(route);
  if (!at) routes.set(route, (at = arcTable(route)));
  return at;
}

/**
 * Drawn width of the duct the route runs along at arc length s (Infinity
 * outside every duct, e.g. in the duodenum). A duct only counts where the
 * route follows its centreline, so ducts merely crossed or touched at a
 * junction (the pancreatic duct at the ampulla) do not pinch a stent.
 * `squeezed` includes the narrowing of strictures (the lumen as drawn now).
 */
export function ductWidthAt(route: readonly Point[], s: number, ctx: DeviceContext, squeezed = false): number {
  const at = routeTable(route);
  const here = at(s).point;
  const ahead = at(s + 8).point;
  const behind = at(Math.max(0, s - 8)).point;
  let best = Infinity;
  for (const st of ctx.anatomy.structures) {
    if (st.kind !== 'duct' || st.shape.type !== 'tube') continue;
    const line = st.shape.centerline;
    if (distanceToPolyline(here, line) > 30) continue;
    const spine = spineOf(line);
    const near = arcNearest(spine, here);
    if (near.d > 3) continue;
    if (arcNearest(spine, ahead).d > 3 && arcNearest(spine, behind).d > 3) continue;
    const f = near.s / (polylineLength(spine) || 1);
    best = Math.min(best, tubeWidth(st, f, squeezed ? ctx.stateOf(st.id) : { ...ctx.stateOf(st.id), narrow: [] }));
  }
  return best;
}
