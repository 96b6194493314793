import type { Point } from '../../model/anatomy-schema.js';
import { arcTable, type ArcPoint } from '../../model/arc-table.js';
import { linePath } from './device-path.js';
import { zRingCount, type StentGeometry } from './stent-geometry.js';

/** Wires per helix family of the drawn braid. */
const BRAID_WIRES = 6;
/** Bends per turn of the spiral stent's zig-zag wire (brief §3, [S23]). */
const SPIRAL_BENDS = 10;
/** The spiral's helix angle to the circumference, degrees: a clear 15–20° pitch. */
const SPIRAL_PITCH_DEG = 18;
/** Struts across the visible face of one Z ring: bridges at ±half the width land mid-strut, not on a bend. */
const Z_BENDS = 6;
/** Fraction of a ring's slot left open at each end when the ring is fully open: the gap (twice this) is at least the ring's height, so rings never interlace. */
const Z_GAP = 0.3;
/** The steepest a ring or helix strut may draw, in degrees to the axis: flatter reads as a straight wire. */
export const MIN_STRUT_DEG = 20;
const STEEPEST = Math.tan((MIN_STRUT_DEG * Math.PI) / 180);

/** The point at arc length s along the route (measured by `at`), a fraction u (−1 … 1) of half the width w across it. */
function across(at: (s: number) => ArcPoint, s: number, u: number, w: number): Point {
  const { point, tangent } = at(s);
  return [point[0] - tangent[1] * u * (w / 2), point[1] + tangent[0] * u * (w / 2)];
}

/**
 * The braid: two sets of helical wires, one winding each way. A helix seen
 * from the side is a sine across the tube; at a period of π × width it
 * crosses the axis at 45°. Wires keep their place on the loaded stent, so as
 * the braid shortens and widens the same wires steepen toward ±45°.
 */
export function braidPattern(route: readonly Point[], g: StentGeometry): string {
  const at = arcTable(route);
  // The period along the loaded stent; released, it is shortened to π × the rest width.
  const period = (Math.PI * g.restWidth) / (1 - g.shortening);
  const paths: string[] = [];
  for (const turn of [1, -1] as const) {
    for (let k = 0; k < BRAID_WIRES; k++) {
      const pts: Point[] = [];
      for (let s = g.proximal; s <= g.distal + 1e-6; s += 1.5) {
        const phase = (turn * 2 * Math.PI * g.material(s)) / period + (2 * Math.PI * k) / BRAID_WIRES;
        pts.push(across(at, Math.min(s, g.distal), Math.sin(phase), g.widthAt(s)));
      }
      paths.push(linePath(pts));
    }
  }
  return paths.join('');
}

/**
 * Z rings linked end to end, each square across the centre line in its own slot of equal length. A ring's
 * struts are never drawn steeper than `MIN_STRUT_DEG` to the axis: where the duct squeezes the rings (a
 * waist, the sheath) the same zig-zag draws shorter and narrower, so it still reads as a zig-zag hoop
 * and the gap to the next ring widens. Two short struts bridge each gap.
 */
export function zPattern(route: readonly Point[], g: StentGeometry): string {
  const at = arcTable(route);
  const rings = zRingCount(g.distal - g.proximal, g.restWidth);
  const slot = (g.distal - g.proximal) / rings;
  const tall = slot * (1 - 2 * Z_GAP);
  const out: string[] = [];
  let last: { b: number; w: number } | null = null;
  for (let r = 0; r < rings; r++) {
    // Spread so the end rings sit flush with the stent's ends: the drawing reaches both of them.
    const mid = g.proximal + tall / 2 + (r * (g.distal - g.proximal - tall)) / (rings - 1);
    const w = g.widthAt(mid) * 0.98;
    const half = Math.min(tall, w / (Z_BENDS * STEEPEST)) / 2;
    const centre = r === 0 ? g.proximal + half : r === rings - 1 ? g.distal - half : mid;
    const [a, b] = [centre - half, centre + half];
    out.push(
      linePath(Array.from({ length: Z_BENDS + 1 }, (_, j) => across(at, j % 2 ? b : a, -1 + (2 * j) / Z_BENDS, w))),
    );
    if (last) for (const u of [-0.5, 0.5]) out.push(linePath([across(at, last.b, u, last.w), across(at, a, u, w)]));
    last = { b, w };
  }
  return out.join('');
}

/**
 * One zig-zag wire wound as a continuous helix at a constant pitch (about 18°), ten bends a turn. Seen
 * from the side the wire crosses the tube's front face one way and its back face the other, so the front
 * reads as a diagonal band; the back half of each turn comes back as a fainter return (`back`). The band's
 * height follows the tube's width, so its struts keep at least `MIN_STRUT_DEG` to the axis in a waist.
 * Front and back runs alternate and join end to end: together they are one wire.
 */
export function spiralPattern(route: readonly Point[], g: StentGeometry): { front: string; back: string } {
  const at = arcTable(route);
  const length = g.distal - g.proximal;
  const pitch = Math.PI * g.restWidth * Math.tan((SPIRAL_PITCH_DEG * Math.PI) / 180);
  const widest = pitch * 0.55;
  // The helix's band at full width: its axis stops half of it short of each end, so its end struts reach both ends.
  const end = Math.min(widest, (g.restWidth * 0.98) / SPIRAL_BENDS / STEEPEST) / 2;
  const turns = Math.max(1.5, Math.round(((length - 2 * end) / pitch) * 2) / 2);
  const n = Math.round(turns * SPIRAL_BENDS * 2);
  const face = SPIRAL_BENDS;
  const step = (length - 2 * end) / n;
  const runs: Point[][] = [[]];
  for (let j = 0; j <= n; j++) {
    const centre = g.proximal + end + j * step;
    const w = (g.widthAt(centre - widest / 2) + 2 * g.widthAt(centre) + g.widthAt(centre + widest / 2)) / 4;
    // Every other strut also carries the helix's advance: take it off, or those struts draw steeper.
    const band = Math.max(0, Math.min(2 * end, (w * 0.98) / face / STEEPEST - step));
    // Round the tube at constant speed: across the front face from one edge to the other, then back.
    const phase = (((j + face / 2) % (2 * face)) + 2 * face) % (2 * face);
    const u = phase <= face ? -1 + (2 * phase) / face : 1 - (2 * (phase - face)) / face;
    const s = centre + (j % 2 ? band / 2 : -band / 2);
    const p = across(at, s, u, g.widthAt(s) * 0.98);
    runs[runs.length - 1]!.push(p);
    if (j > 0 && j < n && phase % face === 0) runs.push([p]);
  }
  const pick = (k: number) =>
    runs
      .filter((_, i) => i % 2 === k)
      .map(linePath)
      .join('');
  return { front: pick(0), back: pick(1) };
}
