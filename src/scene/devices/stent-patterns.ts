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
/** Struts across the visible face of one Z ring. */
const Z_BENDS = 8;
/** Fraction of a ring's slot left open at each end: the gap between rings is twice this. */
const Z_GAP = 0.14;

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
 * Z rings linked end to end: each ring a zig-zag of struts between its two
 * edges at one width, so open struts stay parallel; between rings a clear gap
 * bridged by two short straight struts, so the rings read as separate hoops.
 */
export function zPattern(route: readonly Point[], g: StentGeometry): string {
  const at = arcTable(route);
  const rings = zRingCount(g.distal - g.proximal);
  const slot = (g.distal - g.proximal) / rings;
  const out: string[] = [];
  for (let r = 0; r < rings; r++) {
    const a = g.proximal + r * slot + slot * Z_GAP;
    const b = g.proximal + (r + 1) * slot - slot * Z_GAP;
    const w = g.widthAt((a + b) / 2) * 0.98;
    const pts = Array.from({ length: Z_BENDS + 1 }, (_, j) => across(at, j % 2 ? b : a, -1 + (2 * j) / Z_BENDS, w));
    out.push(linePath(pts));
    if (r === rings - 1) continue;
    const next = g.widthAt(b + slot * Z_GAP * 2) * 0.98;
    for (const u of [-0.5, 0.5])
      out.push(linePath([across(at, b, u, Math.min(w, next)), across(at, b + 2 * slot * Z_GAP, u, Math.min(w, next))]));
  }
  return out.join('');
}

/**
 * One zig-zag wire wound as a helix at a pitch angle of about 18° and ten
 * bends a turn. Seen from the side a point at angle θ round the tube lies at
 * sin θ across it, so the band sweeps from one tube edge to the other and
 * back each turn. Each bend takes the width at the band's centre, so a waist
 * squeezes the band evenly instead of splaying single struts.
 */
export function spiralPattern(route: readonly Point[], g: StentGeometry): string {
  const at = arcTable(route);
  const length = g.distal - g.proximal;
  const pitch = Math.PI * g.restWidth * Math.tan((SPIRAL_PITCH_DEG * Math.PI) / 180);
  const band = pitch * 0.55;
  const turns = Math.max(1.5, Math.round(((length - band) / pitch) * 2) / 2);
  const n = Math.round(turns * SPIRAL_BENDS * 2);
  const pts: Point[] = [];
  for (let j = 0; j <= n; j++) {
    const centre = g.proximal + band / 2 + (j / n) * (length - band);
    const s = centre + (j % 2 ? band / 2 : -band / 2);
    pts.push(across(at, s, Math.sin((Math.PI * j) / SPIRAL_BENDS), g.widthAt(centre) * 0.98));
  }
  return linePath(pts);
}
