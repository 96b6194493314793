import type { Point } from '../../model/anatomy-schema.js';
import {
  distanceToPolyline,
  pointAtLength,
  polylineLength,
  sampleSpline,
  slicePolyline,
} from '../../model/geometry.js';
import type { Anatomy } from '../../model/parse-anatomy.js';
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

/** Arc length of the route point nearest p. */
function arcNearest(route: readonly Point[], p: Point): { s: number; d: number } {
  let best = { s: 0, d: Infinity };
  let walked = 0;
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1]!;
    const b = route[i]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const k =
      len === 0
        ? 0
        : Math.max(0, Math.min(1, ((p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1])) / (len * len)));
    const d = Math.hypot(p[0] - a[0] - k * (b[0] - a[0]), p[1] - a[1] - k * (b[1] - a[1]));
    if (d < best.d) best = { s: walked + k * len, d };
    walked += len;
  }
  return best;
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

/**
 * Drawn width of the duct the route runs along at arc length s (Infinity
 * outside every duct, e.g. in the duodenum). A duct only counts where the
 * route follows its centreline, so ducts merely crossed or touched at a
 * junction (the pancreatic duct at the ampulla) do not pinch a stent.
 */
export function ductWidthAt(route: readonly Point[], s: number, ctx: DeviceContext): number {
  const here = pointAtLength(route, s).point;
  const ahead = pointAtLength(route, s + 8).point;
  const behind = pointAtLength(route, Math.max(0, s - 8)).point;
  let best = Infinity;
  for (const st of ctx.anatomy.structures) {
    if (st.kind !== 'duct' || st.shape.type !== 'tube') continue;
    const line = st.shape.centerline;
    if (distanceToPolyline(here, line) > 30) continue;
    const spine = sampleSpline(line, 6);
    const near = arcNearest(spine, here);
    if (near.d > 3) continue;
    if (arcNearest(spine, ahead).d > 3 && arcNearest(spine, behind).d > 3) continue;
    const f = near.s / (polylineLength(spine) || 1);
    best = Math.min(best, tubeWidth(st, f, { ...ctx.stateOf(st.id), narrow: [] }));
  }
  return best;
}
