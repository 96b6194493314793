import type { Point } from '../../model/anatomy-schema.js';
import { arcTable, type ArcPoint } from '../../model/arc-table.js';
import { UNITS_PER_LENGTH_MM } from '../../model/device-specs.js';
import { runsPath } from './device-path.js';
import type { StentGeometry } from './stent-geometry.js';
import { clipRun, pullIn } from './strut-bounds.js';
import { distance } from '../../model/geometry.js';

/** Where struts may be drawn (see `strutBounds`); null: anywhere. */
type Keep = ((p: Point) => boolean) | null;

/** Wires per helix family of the drawn braid. */
const BRAID_WIRES = 6;
/** Bends per turn of the spiral stent's zig-zag wire (brief §3, [S23]). */
const SPIRAL_BENDS = 10;
/**
 * Length of one turn of the spiral's helix, in units: 3–4 turns over a 6 cm stent (15–20 mm a turn), within
 * that at a 21° helix angle to the open tube's circumference (about 3½ turns for a 10 mm stent), so a narrow
 * duct's stent keeps its turns close enough to read as a tube, not a thread along the axis.
 */
const spiralPitch = (width: number) =>
  Math.max(15, Math.min(20, (Math.PI * width * Math.tan((21 * Math.PI) / 180)) / UNITS_PER_LENGTH_MM)) *
  UNITS_PER_LENGTH_MM;
/** The zig-zag's height at most, as a share of half a turn's advance: the helix's diagonal still reads through it. */
const SPIRAL_BAND = 0.3;
/** Struts across the visible face of one Z ring: bridges at ±half the width land mid-strut, not on a bend. */
const Z_BENDS = 6;
/** Fraction of a ring's slot left open at each end when the ring is fully open: the gap (twice this) is at least the ring's height, so rings never interlace. */
const Z_GAP = 0.3;
/** The steepest a ring or helix strut may draw, in degrees to the axis: flatter reads as a straight wire. */
export const MIN_STRUT_DEG = 20;
const STEEPEST = Math.tan((MIN_STRUT_DEG * Math.PI) / 180);

/** The point at arc length s along the route (measured by `at`), a fraction u (−1 … 1) of half the width w across it. */
function across(at: (s: number) => ArcPoint, s: number, u: number, w: number): Point {
  return acrossAt(at(s), u, w);
}

/** The point a fraction u (−1 … 1) of half the width w across the route from a place on it. */
function acrossAt({ point, tangent }: ArcPoint, u: number, w: number): Point {
  return [point[0] - tangent[1] * u * (w / 2), point[1] + tangent[0] * u * (w / 2)];
}

/**
 * The route with its tangent taken along a chord a tube's width `w` long: across a sharp bend the wire's
 * places across the tube then turn with the bend instead of folding over on its inner side.
 */
function smooth(at: (s: number) => ArcPoint, w: number): (s: number) => ArcPoint {
  return (s) => {
    const [a, b] = [at(s - w / 2).point, at(s + w / 2).point];
    const d = distance(b, a);
    const { point, tangent } = at(s);
    return { point, tangent: d > 1e-6 ? [(b[0] - a[0]) / d, (b[1] - a[1]) / d] : tangent };
  };
}

/**
 * The braid: two sets of helical wires, one winding each way. A helix seen
 * from the side is a sine across the tube; at a period of π × width it
 * crosses the axis at 45°. Wires keep their place on the loaded stent, so as
 * the braid shortens and widens the same wires steepen toward ±45°.
 */
export function braidPattern(route: readonly Point[], g: StentGeometry, keep: Keep = null): string {
  // Across the turn into the bowel the route has corners; a chord tangent keeps the wires continuous through them.
  const at = smooth(arcTable(route), g.restWidth);
  // The period along the loaded stent; released, it is shortened to π × the rest width.
  const period = (Math.PI * g.restWidth) / (1 - g.shortening);
  const runs: Point[][] = [];
  // Every wire's last place is the distal end itself, where its material phase is 0: each wire of one family meets
  // one of the other there, so the end is one row of crowns, not loose wire ends cut at odd places.
  const stations: number[] = [];
  for (let s = g.proximal; s < g.distal - 0.5; s += 1.5) stations.push(s);
  stations.push(g.distal);
  // Every wire passes every station: where the route runs there, how wide and how much material, asked once.
  const places = stations.map((s) => ({ on: at(s), width: g.widthAt(s), material: g.material(s) }));
  for (const turn of [1, -1] as const) {
    for (let k = 0; k < BRAID_WIRES; k++) {
      const pts: Point[] = [];
      for (const { on, width, material } of places) {
        // A quarter turn on: two wires of each family end on the tube's edges, so the end's crowns span its full width
        // instead of the last diamonds closing inward to a point (illustrator, round 9).
        const phase = (turn * 2 * Math.PI * material) / period + (2 * Math.PI * k) / BRAID_WIRES + Math.PI / 2;
        pts.push(acrossAt(on, Math.sin(phase), width));
      }
      // Without its stretches out of bounds.
      runs.push(...clipRun(pts, keep));
    }
  }
  return runsPath(runs);
}

/**
 * Z rings linked end to end, each square across the centre line in its own slot of equal length. A ring's
 * struts are never drawn steeper than `MIN_STRUT_DEG` to the axis: where the duct squeezes the rings (a
 * waist, the sheath) the same zig-zag draws shorter and narrower, so it still reads as a zig-zag hoop
 * and the gap to the next ring widens. Two short struts bridge each gap.
 */
export function zPattern(route: readonly Point[], g: StentGeometry, keep: Keep = null): string {
  const at = arcTable(route);
  const rings = g.zRings;
  const slot = (g.distal - g.proximal) / rings;
  const tall = slot * (1 - 2 * Z_GAP);
  const out: Point[][] = [];
  let last: ((end: 0 | 1, u: number) => Point) | null = null;
  for (let r = 0; r < rings; r++) {
    // Spread so the end rings sit flush with the stent's ends: the drawing reaches both of them.
    const mid = g.proximal + tall / 2 + (r * (g.distal - g.proximal - tall)) / (rings - 1);
    const w = g.widthAt(mid) * 0.98;
    // On a bend a rigid ring's outer corners reach toward its neighbours: it is drawn shorter by the turn across its slot.
    const [t0, t1] = [at(mid - slot / 2).tangent, at(mid + slot / 2).tangent];
    const bent = 1 - Math.acos(Math.min(1, t0[0] * t1[0] + t0[1] * t1[1]));
    const half = (Math.min(tall, w / (Z_BENDS * STEEPEST)) / 2) * Math.max(0.7, bent);
    const centre = r === 0 ? g.proximal + half : r === rings - 1 ? g.distal - half : mid;
    const place = hoop(at, centre, half, w);
    // A ring is one rigid hoop: drawn whole (the rule tests hold it inside the duct or the lumen), never cut.
    out.push(Array.from({ length: Z_BENDS + 1 }, (_, j) => place(j % 2 ? 1 : 0, -1 + (2 * j) / Z_BENDS)));
    if (last) for (const u of [-0.5, 0.5]) out.push(...clipRun([last(1, u), place(0, u)], keep));
    last = place;
  }
  return runsPath(out);
}

/**
 * A Z ring's places: a rigid hoop square to the chord between its two crowns on the route, so on a bend its bends
 * stay on two straight crown lines instead of each taking the tangent of its own place (loose diagonals).
 * `end` 0 is the proximal crown, 1 the distal; u (−1 … 1) the fraction of half the width w across.
 */
function hoop(at: (s: number) => ArcPoint, centre: number, half: number, w: number) {
  const [a, b, c] = [at(centre - half).point, at(centre + half).point, at(centre).point];
  const len = distance(b, a);
  const t: Point = len > 1e-6 ? [(b[0] - a[0]) / len, (b[1] - a[1]) / len] : at(centre).tangent;
  return (end: 0 | 1, u: number): Point => {
    const k = end ? half : -half;
    return [c[0] + t[0] * k - t[1] * u * (w / 2), c[1] + t[1] * k + t[0] * u * (w / 2)];
  };
}

/**
 * One zig-zag wire wound as a continuous helix: ten bends a turn riding on a helical centre line of one
 * pitch over its length (about 3½ turns over 6 cm: the stent does not shorten). Seen from
 * the side the centre line crosses the tube's front face from one edge to the other and comes back across
 * the back face, so the front turns read as diagonals and the fainter back turns (`back`) join them at the
 * tube's edges. The zig-zag's height follows the tube's width, so its struts keep at least
 * `MIN_STRUT_DEG` to the axis in a waist and in the sheath. Front and back runs alternate end to end: one wire.
 * With `offset` (default false) the helix is wound half a turn on: a second stent run through the first one's
 * turns then crosses them, its near turns where the first one's far turns are.
 */
export function spiralPattern(
  route: readonly Point[],
  g: StentGeometry,
  offset = false,
  keep: Keep = null,
): { front: string; back: string } {
  const at = arcTable(route);
  const length = g.distal - g.proximal;
  // Whole half-turns, so both ends of the wire finish on a tube edge.
  const turns = Math.max(1, Math.round((2 * length) / spiralPitch(g.restWidth))) / 2;
  const half = length / (2 * turns);
  const tallest = half * SPIRAL_BAND;
  const n = Math.round(turns * SPIRAL_BENDS * 2);
  const face = SPIRAL_BENDS;
  const step = (length - tallest) / n;
  const runs: Point[][] = [[]];
  for (let j = 0; j <= n; j++) {
    const centre = g.proximal + tallest / 2 + j * step;
    const w = (g.widthAt(centre - tallest / 2) + 2 * g.widthAt(centre) + g.widthAt(centre + tallest / 2)) / 4;
    // Every other strut also carries the helix's advance: take it off, or those struts draw steeper.
    const band = Math.max(0, Math.min(tallest, (w * 0.98) / face / STEEPEST - step));
    // Round the tube at a constant speed across it: over the front face from one edge to the other, then back.
    const phase = (j + (offset ? face : 0)) % (2 * face);
    const u = phase <= face ? -1 + (2 * phase) / face : 1 - (2 * (phase - face)) / face;
    const s = centre + (j % 2 ? band / 2 : -band / 2);
    // One continuous wire: through the papilla a turn is drawn in toward the axis, never cut.
    const p = pullIn(across(smooth(at, w), s, u, g.widthAt(s) * 0.98), at(s).point, keep);
    runs[runs.length - 1]!.push(p);
    if (j > 0 && j < n && phase % face === 0) runs.push([p]);
  }
  const pick = (k: number) => runsPath(runs.filter((_, i) => i % 2 === k));
  return offset ? { front: pick(1), back: pick(0) } : { front: pick(0), back: pick(1) };
}
