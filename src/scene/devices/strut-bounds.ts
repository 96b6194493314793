import type { Point } from '../../model/anatomy-schema.js';
import { distanceToSegment, nearestOnPolyline, pointAtLength, distance } from '../../model/geometry.js';
import { splineOf } from '../../model/spline-of.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import { structureGeometry } from '../structure-paths.js';
import type { DeviceContext } from './device-context.js';
import { whereLies } from './where-lies.js';

/** Units of a bowel's drawn wall strip inside its outline (about 0.7 mm): struts stay inside it, in the lumen. */
const WALL = 3;
/** Units a strut may stray onto a wall line: its own half-width at a lecture's zoom. */
const SLACK = 1;

/**
 * Where a transpapillary stent's struts may be drawn: in the duct it leaves (its drawn outline), in the bowel's
 * lumen, or through the papilla itself (within the stent's radius of where it leaves the duct, where it crosses the
 * bowel's wall). A strut anywhere else would stand in the pancreas. `exit` is the arc length where the stent leaves
 * the last duct (`stentExit`); null (keep everything) when its tip stays in a duct. `width` is the stent's open width;
 * `drawn` its drawn route.
 */
export function strutBounds(
  exit: number | null,
  device: DeviceState,
  drawn: readonly Point[],
  ctx: DeviceContext,
  width: number,
): ((p: Point) => boolean) | null {
  if (exit === null) return null;
  // Where the stent lies and the anatomy's shape set them, not how far it is released: kept under the shape key, an
  // opening stent asks for the same ones every frame.
  const make = () => bounds(exit, device, drawn, ctx, width);
  return ctx.shapeKey === undefined
    ? make()
    : whereLies(ctx.anatomy, `strut-bounds|${ctx.shapeKey}|${exit}|${width}`, device, make, drawn);
}

function bounds(
  exit: number,
  device: DeviceState,
  drawn: readonly Point[],
  ctx: DeviceContext,
  width: number,
): (p: Point) => boolean {
  const at = pointAtLength(device.route, exit).point;
  const inside = pointAtLength(device.route, exit - 4).point;
  const past = pointAtLength(drawn, exit + 10).point;
  const ducts = ctx.anatomy.structures.filter(
    (s) =>
      s.kind === 'duct' &&
      s.shape.type === 'tube' &&
      nearestOnPolyline(splineOf(s.shape.centerline), inside).distance <= width / 2,
  );
  const near = width / 2 + 2;
  // Far up the duct nothing is clipped: only the stretch around the exit can reach out of the duct and lumen.
  const reach = width * 2 + 40;
  const outlines = ducts.map((s) => nearby(structureGeometry(s, ctx.stateOf(s.id)), at, reach, SLACK));
  const bowel = ctx.anatomy.structures.find(
    (s) =>
      s.kind === 'organ' &&
      s.shape.type === 'tube' &&
      nearestOnPolyline(splineOf(s.shape.centerline), past).distance <= s.shape.diameter.normal / 2,
  );
  const lumen = bowel?.shape.type === 'tube' ? bowel.shape.diameter.normal / 2 - WALL : 0;
  const line = bowel?.shape.type === 'tube' ? nearby(splineOf(bowel.shape.centerline), at, reach, lumen + SLACK) : null;
  return (p) => {
    const d = distance(p, at);
    if (d > reach || d <= near) return true;
    // Cheapest first: inside a duct's outline, then in the bowel's lumen, then on a duct's wall line.
    if (outlines.some((o) => crossings(o.edges(p), p) % 2 === 1)) return true;
    if (line && within(line.segments, p, lumen + SLACK)) return true;
    return outlines.some((o) => within(o.segments, p, SLACK));
  };
}

type Segment = readonly [Point, Point];

/** A segment with its bounding box, [x0, y0, x1, y1]: most points asked about lie clear of the box. */
interface BoxedSegment {
  readonly a: Point;
  readonly b: Point;
  readonly box: readonly [number, number, number, number];
}

const boxed = ([a, b]: Segment): BoxedSegment => ({
  a,
  b,
  box: [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])],
});

/** Whether p lies within r of any of the segments. */
function within(segments: readonly BoxedSegment[], p: Point, r: number): boolean {
  for (const { a, b, box } of segments)
    if (p[0] >= box[0] - r && p[0] <= box[2] + r && p[1] >= box[1] - r && p[1] <= box[3] + r)
      if (distanceToSegment(p, a, b) <= r) return true;
  return false;
}

/** Units of height per row of an outline's edge index. */
const ROW = 4;

/**
 * What of a line or outline a point within `reach` of `at` can meet: the segments within `reach + pad` of `at`
 * (the only ones such a point can come within `pad` of), and the outline's edges, closing one included, that span
 * a height within `reach` of `at` (the only ones a ray from such a point can cross), filed by the rows of height
 * they span. Asked about a thousand points a frame, the strut bounds answer as the whole outline would, from a few
 * segments each.
 */
function nearby(points: readonly Point[], at: Point, reach: number, pad: number) {
  const segments: BoxedSegment[] = [];
  const top = at[1] - reach;
  const rows: Segment[][] = Array.from({ length: Math.floor((2 * reach) / ROW) + 1 }, () => []);
  const row = (y: number) => Math.max(0, Math.min(rows.length - 1, Math.floor((y - top) / ROW)));
  for (let i = 0; i < points.length; i++) {
    const a = points[i === 0 ? points.length - 1 : i - 1]!;
    const b = points[i]!;
    if (i > 0 && distanceToSegment(at, a, b) <= reach + pad) segments.push(boxed([a, b]));
    const [y0, y1] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
    if (y0 <= at[1] + reach && y1 >= top) for (let r = row(y0); r <= row(y1); r++) rows[r]!.push([a, b]);
  }
  return { segments, edges: (p: Point) => rows[row(p[1])]! };
}

/** How many of the edges a ray from p to the right crosses (odd: p is inside the outline they belong to). */
function crossings(edges: readonly Segment[], p: Point): number {
  let n = 0;
  const px = p[0];
  const py = p[1];
  for (let k = 0; k < edges.length; k++) {
    const edge = edges[k]!;
    const j = edge[0];
    const i = edge[1];
    const xj = j[0];
    const yj = j[1];
    const xi = i[0];
    const yi = i[1];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) n++;
  }
  return n;
}

/**
 * A strut run split where it leaves the bounds: each stretch whose points lie inside them, cut to the unit where
 * a strut crosses out or back in. A strut between two points inside is kept whole (a Z ring stays a closed hoop).
 */
export function clipRun(run: readonly Point[], keep: ((p: Point) => boolean) | null): Point[][] {
  if (!keep) return [run.slice()];
  const inside = run.map(keep);
  if (inside.every(Boolean)) return [run.slice()];
  const out: Point[][] = [];
  let current: Point[] = [];
  const close = () => {
    if (current.length > 1) out.push(current);
    current = [];
  };
  for (let i = 0; i < run.length; i++) {
    const p = run[i]!;
    const q = run[i - 1];
    if (q && inside[i] !== inside[i - 1]) {
      // The crossing, to the unit: the last point inside from the side that is inside.
      const n = Math.max(1, Math.ceil(distance(p, q)));
      const along = (k: number): Point => [q[0] + ((p[0] - q[0]) * k) / n, q[1] + ((p[1] - q[1]) * k) / n];
      if (inside[i - 1]) {
        let k = 0;
        while (k + 1 < n && keep(along(k + 1))) k++;
        current.push(along(k));
        close();
      } else {
        let k = n;
        while (k - 1 > 0 && keep(along(k - 1))) k--;
        current.push(along(k));
      }
    }
    if (inside[i]) current.push(p);
  }
  close();
  return out;
}

/**
 * A strut point drawn in toward the stent's axis (`centre`) until it lies in the bounds: where one continuous wire
 * (the spiral) must stay unbroken, it hugs the papilla's passage instead of being cut.
 */
export function pullIn(p: Point, centre: Point, keep: ((p: Point) => boolean) | null): Point {
  if (!keep || keep(p)) return p;
  let [lo, hi] = [0, 1];
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    if (keep([centre[0] + (p[0] - centre[0]) * mid, centre[1] + (p[1] - centre[1]) * mid])) lo = mid;
    else hi = mid;
  }
  return [centre[0] + (p[0] - centre[0]) * lo, centre[1] + (p[1] - centre[1]) * lo];
}
