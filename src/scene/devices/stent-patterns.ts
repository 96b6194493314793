import type { Point } from '../../model/anatomy-schema.js';
import { arcTable, type ArcPoint } from '../../model/arc-table.js';
import { linePath } from './device-path.js';
import { zRingCount, type StentGeometry } from './stent-geometry.js';

/** Wires per helix family of the drawn braid. */
const BRAID_WIRES = 6;
/** Bends per turn of the spiral stent's zig-zag wire (brief §3, [S23]). */
const SPIRAL_BENDS = 10;

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
 * Z rings linked end to end. Each ring is a zig-zag of struts between its
 * two edges, at one width for the whole ring, so open struts stay parallel.
 */
export function zPattern(route: readonly Point[], g: StentGeometry): string {
  const at = arcTable(route);
  const rings = zRingCount(g.distal - g.proximal);
  const slot = (g.distal - g.proximal) / rings;
  const out: string[] = [];
  for (let r = 0; r < rings; r++) {
    const a = g.proximal + r * slot + slot * 0.1;
    const b = a + slot * 0.8;
    const w = g.widthAt((a + b) / 2) * 0.98;
    const bends = 8;
    const pts = Array.from({ length: bends + 1 }, (_, j) => across(at, j % 2 ? b : a, -1 + (2 * j) / bends, w));
    out.push(linePath(pts));
    if (r < rings - 1) out.push(linePath([across(at, b, 0.96, w), across(at, b + slot * 0.2, 0.96, w)]));
  }
  return out.join('');
}

/**
 * One zig-zag wire wound as a helix. Seen from the side, u = sin(angle): the
 * bends crowd into short hairpins along both tube edges and cross the middle
 * as long diagonals.
 */
export function spiralPattern(route: readonly Point[], g: StentGeometry): string {
  const at = arcTable(route);
  const length = g.distal - g.proximal;
  const pitch = 22;
  const turns = Math.max(2, Math.round(length / pitch));
  const step = length / turns;
  const h = step * 0.3;
  const pts: Point[] = [];
  const n = turns * SPIRAL_BENDS * 2;
  for (let j = 0; j <= n; j++) {
    const angle = (j / (SPIRAL_BENDS * 2)) * 2 * Math.PI;
    const mid = g.proximal + h + (j / n) * (length - 2 * h);
    const s = Math.max(g.proximal, Math.min(g.distal, mid + (j % 2 ? h : -h)));
    pts.push(across(at, s, Math.sin(angle), g.widthAt(s) * 0.98));
  }
  return linePath(pts);
}
