import type { Point } from '../../model/anatomy-schema.js';
import { nearestOnPolyline, pointAtLength, distance } from '../../model/geometry.js';
import type { TubeFrame } from '../tube-outline.js';
import type { DeviceContext } from './device-context.js';
import { splineOf } from '../../model/spline-of.js';

/**
 * The stretch of a transpapillary stent's frame that lies over the bowel it opens into: from where its route crosses
 * the bowel's outline (the duct's course through the wall and the papilla) to its end in the lumen. The bowel's
 * wall and the papilla are drawn over the duct, and past the papilla no duct lies behind the struts, so there the
 * stent shows its own dark inside and reads as one tube to its end. `exit` is the arc length where its route leaves
 * the last duct (`stentExit`); null when the stent ends in a duct, and then so is the result. `drawn` is its drawn
 * route (`stentRoute`); `frame` samples the stent from `proximal` to `distal` (arc lengths along it) evenly.
 */
export function stentLumen(
  exit: number | null,
  drawn: readonly Point[],
  frame: TubeFrame,
  proximal: number,
  distal: number,
  ctx: DeviceContext,
): TubeFrame | null {
  if (exit === null || exit >= distal - 1) return null;
  const past = pointAtLength(drawn, Math.min(distal, exit + 8)).point;
  let from = exit;
  for (const st of ctx.anatomy.structures) {
    if (st.kind !== 'organ' || st.shape.type !== 'tube') continue;
    const line = splineOf(st.shape.centerline);
    const radius = st.shape.diameter.normal / 2;
    if (nearestOnPolyline(line, past).distance > radius) continue;
    while (from - 2 > proximal && nearestOnPolyline(line, pointAtLength(drawn, from - 2).point).distance <= radius)
      from -= 2;
    break;
  }
  const n = frame.spine.length;
  // Its fade-in lies over the duct, whose contrast is the same paint, so the bowel's wall and the papilla under it
  // never show through the fading slices.
  const first = Math.max(0, Math.floor(((from - proximal) / (distal - proximal || 1)) * (n - 1)) - 2 * FADE.length);
  if (n - first < 2) return null;
  return { spine: frame.spine.slice(first), normals: frame.normals.slice(first), halves: frame.halves.slice(first) };
}

/** Share of the stent's width its inside fills: the struts and their dark edges stand over its rim, not inside it. */
const INSIDE = 0.95;
/** Radius of the inside's corners at the open end, as a share of its half-width: an open mouth, not a square flag. */
const CORNER = 0.22;
/** Samples over which the inside fades in where it starts, so no seam crosses the stent in the duct. */
const FADE = [0.25, 0.5, 0.75] as const;

/**
 * The stent's inside over `lumen` (see stentLumen) as closed outlines with their strength (0–1): a few slices fading
 * in where it starts, then the rest to the open end, whose corners are rounded.
 */
export function lumenOutlines(lumen: TubeFrame): { outline: Point[]; strength: number }[] {
  const { spine, normals: tangents, halves } = lumen;
  const n = spine.length;
  const edge = (i: number, sign: 1 | -1): Point => [
    spine[i]![0] - sign * tangents[i]![1] * halves[i]! * INSIDE,
    spine[i]![1] + sign * tangents[i]![0] * halves[i]! * INSIDE,
  ];
  const slice = (a: number, b: number): Point[] => {
    const idx = Array.from({ length: b - a + 1 }, (_, k) => a + k);
    return [...idx.map((i) => edge(i, 1)), ...idx.reverse().map((i) => edge(i, -1))];
  };
  const fade = Math.min(FADE.length, Math.floor((n - 2) / 2));
  const out: { outline: Point[]; strength: number }[] = FADE.slice(0, fade).map((strength, k) => ({
    outline: slice(2 * k, 2 * k + 2),
    strength,
  }));
  const start = 2 * fade;
  // The end: straight edges up to a corner radius from the end plane, then quarter circles into the plane.
  const end = spine[n - 1]!;
  const [tx, ty] = tangents[n - 1]!;
  const h = halves[n - 1]! * INSIDE;
  const r = h * CORNER;
  let last = n - 1;
  while (last > start + 1 && distance(spine[last]!, end) < r) last--;
  const corner = (sign: 1 | -1): Point[] =>
    Array.from({ length: 5 }, (_, k) => {
      const a = (k / 4) * (Math.PI / 2);
      // From the side (along the normal) round to the end plane (along the axis).
      const c: Point = [end[0] - tx * r - sign * ty * (h - r), end[1] - ty * r + sign * tx * (h - r)];
      return [
        c[0] + tx * r * Math.sin(a) - sign * ty * r * Math.cos(a),
        c[1] + ty * r * Math.sin(a) + sign * tx * r * Math.cos(a),
      ];
    });
  const idx = Array.from({ length: last - start + 1 }, (_, k) => start + k);
  const left = idx.map((i) => edge(i, 1));
  const right = idx.map((i) => edge(i, -1)).reverse();
  out.push({ outline: [...left, ...corner(1), ...corner(-1).reverse(), ...right], strength: 1 });
  return out;
}
