import type { Point, Structure } from '../model/anatomy-schema.js';
import { sampleSpline, distance } from '../model/geometry.js';

/** Papilla mound size in units: about 7 mm along the wall, 3 mm into the lumen (true size). */
export const MOUND = { halfBase: 10, height: 8.5 } as const;

/**
 * A papilla as a small mound on its bowel's inner wall: a half-ellipse whose base lies on the wall line beside the
 * papilla's point (the duct's mouth, a few mm into the lumen on the duct's oblique course through the wall) and
 * whose top reaches that point, so the duct opens at the mound's summit. Returns null when the parent is not a tube.
 */
export function papillaMound(at: Point, bowel: Structure | undefined, samples = 14): Point[] | null {
  if (bowel?.shape.type !== 'tube') return null;
  let near = bowel.shape.centerline[0]!;
  let best = Infinity;
  for (const q of sampleSpline(bowel.shape.centerline)) {
    const d = distance(q, at);
    if (d < best) [best, near] = [d, q];
  }
  if (best < 1e-6) return null;
  const inward: Point = [(near[0] - at[0]) / best, (near[1] - at[1]) / best];
  const along: Point = [-inward[1], inward[0]];
  // The base sits a little inside the wall line, so the mound grows out of the wall, not onto it.
  const wall = bowel.shape.diameter.normal / 2 - 2;
  const rise = Math.max(MOUND.height + 2, wall - best);
  const base: Point = [near[0] - inward[0] * wall, near[1] - inward[1] * wall];
  // A taller mound is narrower: it keeps within about 4 mm of its point.
  const half = Math.min(MOUND.halfBase, Math.sqrt(Math.max(0, 13.5 ** 2 - rise ** 2)) || MOUND.halfBase);
  return Array.from({ length: samples + 1 }, (_, i): Point => {
    const a = (i / samples) * Math.PI;
    const u = Math.cos(a) * half;
    const v = Math.sin(a) * rise;
    return [base[0] + along[0] * u + inward[0] * v, base[1] + along[1] * u + inward[1] * v];
  });
}
