import type { Point } from './anatomy-schema.js';

/**
 * Samples a uniform Catmull-Rom spline through `points` (the curve d3-shape's
 * curveCatmullRom.alpha(0) draws), `perSegment` samples per span. The result
 * starts at the first point and ends at the last.
 */
export function sampleSpline(points: readonly Point[], perSegment = 12): Point[] {
  if (points.length < 3) return points.map((p) => [p[0], p[1]]);
  const out: Point[] = [];
  const at = (i: number): Point => points[Math.max(0, Math.min(points.length - 1, i))]!;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = at(i - 1);
    const p1 = at(i);
    const p2 = at(i + 1);
    const p3 = at(i + 2);
    for (let s = 0; s < perSegment; s++) {
      const t = s / perSegment;
      const t2 = t * t;
      const t3 = t2 * t;
      const f = (a: number, b: number, c: number, d: number) =>
        0.5 * (2 * b + (-a + c) * t + (2 * a - 5 * b + 4 * c - d) * t2 + (-a + 3 * b - 3 * c + d) * t3);
      out.push([f(p0[0], p1[0], p2[0], p3[0]), f(p0[1], p1[1], p2[1], p3[1])]);
    }
  }
  const last = points[points.length - 1]!;
  out.push([last[0], last[1]]);
  return out;
}

/**
 * The length of the vector (x, y). `Math.hypot` guards against an overflow no scene coordinate comes near and costs
 * several times more: V8 gathers its arguments into a new array on each call, and a stent's play asks for millions of
 * lengths (label placement, the braid, the struts' bounds).
 */
export const hypot = (x: number, y: number): number => Math.sqrt(x * x + y * y);

export const distance = (a: Point, b: Point): number => hypot(a[0] - b[0], a[1] - b[1]);

/** Total length of a polyline. */
export function polylineLength(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++) sum += distance(points[i - 1]!, points[i]!);
  return sum;
}

/** Distance from p to the segment a–b. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Relative slack over a squared distance within which two segments' true distances are compared by their roots. */
const TIE = 1 + 1e-9;

/** Squared distance from (px, py) to the box of the segment a–b (0 inside it). */
function boxDistance2(px: number, py: number, a: Point, b: Point): number {
  const ax = a[0];
  const bx = b[0];
  const ay = a[1];
  const by = b[1];
  const ox = px < ax && px < bx ? (ax < bx ? ax : bx) - px : px > ax && px > bx ? px - (ax > bx ? ax : bx) : 0;
  const oy = py < ay && py < by ? (ay < by ? ay : by) - py : py > ay && py > by ? py - (ay > by ? ay : by) : 0;
  return ox * ox + oy * oy;
}

/**
 * Distance from p to the nearest point of a polyline; Infinity where it is `limit` or more. Labels ask this of
 * hundreds of points a frame against long outlines, so a segment whose box, or whose squared distance, lies
 * clearly beyond the nearest so far costs no root; the roots of close contenders are compared as
 * `distanceToSegment` gives them, so the result is the same to the last bit.
 */
export function distanceToPolyline(p: Point, line: readonly Point[], limit = Infinity): number {
  if (line.length === 1) {
    const d = distance(p, line[0]!);
    return d < limit ? d : Infinity;
  }
  const px = p[0];
  const py = p[1];
  const cap = limit * limit * TIE;
  let best = Infinity;
  let best2 = Infinity;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const bound = Math.min(best2 * TIE, cap);
    if (boxDistance2(px, py, a, b) > bound) continue;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - a[0]) * dx + (py - a[1]) * dy) / len2));
    const ex = px - (a[0] + t * dx);
    const ey = py - (a[1] + t * dy);
    const d2 = ex * ex + ey * ey;
    if (d2 > bound) continue;
    const d = hypot(ex, ey);
    if (d < best) {
      best = d;
      best2 = d2;
    }
  }
  return best < limit ? best : Infinity;
}

/** Point at arc length `s` along a polyline, with the unit tangent there. */
export function pointAtLength(line: readonly Point[], s: number): { point: Point; tangent: Point } {
  let remaining = Math.max(0, s);
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const seg = distance(a, b);
    if (remaining <= seg || i === line.length - 1) {
      const t = seg === 0 ? 0 : Math.min(1, remaining / seg);
      const tangent: Point = seg === 0 ? [1, 0] : [(b[0] - a[0]) / seg, (b[1] - a[1]) / seg];
      return { point: [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])], tangent };
    }
    remaining -= seg;
  }
  const only = line[0] ?? [0, 0];
  return { point: [only[0], only[1]], tangent: [1, 0] };
}

/** The part of a polyline between arc lengths `from` and `to`. */
export function slicePolyline(line: readonly Point[], from: number, to: number): Point[] {
  const start = Math.max(0, Math.min(from, to));
  const end = Math.max(from, to);
  const out: Point[] = [pointAtLength(line, start).point];
  let walked = 0;
  for (let i = 1; i < line.length; i++) {
    walked += distance(line[i - 1]!, line[i]!);
    if (walked > start && walked < end) out.push([line[i]![0], line[i]![1]]);
  }
  out.push(pointAtLength(line, end).point);
  return out;
}

/** Angle in degrees between two direction vectors (0–180). */
export function angleBetween(u: Point, w: Point): number {
  const dot = u[0] * w[0] + u[1] * w[1];
  const norm = hypot(u[0], u[1]) * hypot(w[0], w[1]);
  if (norm === 0) return 0;
  return (Math.acos(Math.max(-1, Math.min(1, dot / norm))) * 180) / Math.PI;
}

/** Even-odd point-in-polygon test. */
export function insidePolygon(p: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  // Read by index, not destructured: in the browser a destructuring here allocated 300 MB over a stent's deployment.
  const px = p[0];
  const py = p[1];
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i]!;
    const b = polygon[j]!;
    const xi = a[0];
    const yi = a[1];
    const xj = b[0];
    const yj = b[1];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Distance from p to the edge of a closed polygon (negative when inside). */
export function signedDistanceToOutline(p: Point, outline: readonly Point[]): number {
  const closed = [...outline, outline[0]!];
  const d = distanceToPolyline(p, closed);
  return insidePolygon(p, outline) ? -d : d;
}

/** The point of a polyline nearest p: its arc length from the start and its distance from p. */
export function nearestOnPolyline(line: readonly Point[], p: Point): { arc: number; distance: number } {
  if (line.length === 1) return { arc: 0, distance: distance(p, line[0]!) };
  const px = p[0];
  const py = p[1];
  // As in `distanceToPolyline`: segments clearly farther than the nearest so far cost no root; the arc is summed
  // once, up to the nearest segment, in the same order as a walk would.
  let at = 0;
  let bestK = 0;
  let best = Infinity;
  let best2 = Infinity;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    if (boxDistance2(px, py, a, b) > best2 * TIE) continue;
    const len = distance(a, b);
    const k =
      len === 0
        ? 0
        : Math.max(0, Math.min(1, ((px - a[0]) * (b[0] - a[0]) + (py - a[1]) * (b[1] - a[1])) / (len * len)));
    const ex = px - a[0] - k * (b[0] - a[0]);
    const ey = py - a[1] - k * (b[1] - a[1]);
    const d2 = ex * ex + ey * ey;
    if (d2 > best2 * TIE) continue;
    const d = hypot(ex, ey);
    if (d < best) {
      at = i;
      bestK = k;
      best = d;
      best2 = d2;
    }
  }
  if (!at) return { arc: 0, distance: Infinity };
  let walked = 0;
  for (let i = 1; i < at; i++) walked += distance(line[i - 1]!, line[i]!);
  return { arc: walked + bestK * distance(line[at - 1]!, line[at]!), distance: best };
}

/** The area centroid of a closed polygon (its vertices' mean if it has no area). */
export function polygonCentroid(polygon: readonly Point[]): Point {
  let area = 0;
  let cx = 0;
  let cy = 0;
  polygon.forEach((a, i) => {
    const b = polygon[(i + 1) % polygon.length]!;
    const cross = a[0] * b[1] - b[0] * a[1];
    area += cross;
    cx += (a[0] + b[0]) * cross;
    cy += (a[1] + b[1]) * cross;
  });
  if (Math.abs(area) < 1e-9) {
    const n = Math.max(1, polygon.length);
    return [polygon.reduce((s, p) => s + p[0], 0) / n, polygon.reduce((s, p) => s + p[1], 0) / n];
  }
  return [cx / (3 * area), cy / (3 * area)];
}

/**
 * Samples the closed uniform Catmull-Rom curve through a closed outline (the
 * curve d3-shape's `curveCatmullRomClosed.alpha(0)` draws for `smooth`
 * outlines): `perSegment` points per span, ending where it started.
 */
export function sampleClosedSpline(points: readonly Point[], perSegment = 12): Point[] {
  const n = points.length;
  if (n < 3) return points.map((p) => [p[0], p[1]]);
  const wrapped = [points[n - 1]!, ...points, points[0]!, points[1]!];
  return sampleSpline(wrapped, perSegment).slice(perSegment, perSegment * (n + 1) + 1);
}
