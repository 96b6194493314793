import type { Point, Structure } from '../model/anatomy-schema.js';
import { sampleSpline } from '../model/geometry.js';

/** Papilla mound size in units: about 7 mm along the wall, 3 mm into the lumen (true size). */
export const MOUND = { halfBase: 10, height: 8.5 } as const;

/**
 * A papilla as a small mound on its bowel's wall: a half-ellipse whose base
 * lies on the wall at the papilla's point and which bulges toward the bowel's
 * centreline (into the lumen). Returns null when the parent is not a tube.
 */
export function papillaMound(at: Point, bowel: Structure | undefined, samples = 14): Point[] | null {
  if (bowel?.shape.type !== 'tube') return null;
  let near = bowel.shape.centerline[0]!;
  let best = Infinity;
  for (const q of sampleSpline(bowel.shape.centerline)) {
    const d = Math.hypot(q[0] - at[0], q[1] - at[1]);
    if (d < best) [best, near] = [d, q];
  }
  if (best < 1e-6) return null;
  const inward: Point = [(near[0] - at[0]) / best, (near[1] - at[1]) / best];
  const along: Point = [-inward[1], inward[0]];
  // The base sits a little inside the wall line, so the mound grows out of the wall, not onto it.
  const base: Point = [at[0] - inward[0] * 2, at[1] - inward[1] * 2];
  return Array.from({ length: samples + 1 }, (_, i): Point => {
    const a = (i / samples) * Math.PI;
    const u = Math.cos(a) * MOUND.halfBase;
    const v = Math.sin(a) * (MOUND.height + 2);
    return [base[0] + along[0] * u + inward[0] * v, base[1] + along[1] * u + inward[1] * v];
  });
}
