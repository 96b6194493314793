import type { Point, Structure } from '../model/anatomy-schema.js';
import { papillaMound } from './papilla-mound.js';
import { distance } from '../model/geometry.js';

/** Farthest a papilla's leader end moves along the bowel wall from its point, units (about 17 mm: past a 10 mm stent and 3 mm beyond). */
const ALONG = 48;
/** Step between the wall points tried, units: a placement tries the first ten, so they spread along the wall. */
const STEP = 4;

/**
 * Where a papilla's word may point when a device runs through it (a catheter or a stent across it into the bowel):
 * its mound, then the bowel wall on either side of it, nearest the papilla first. The caller keeps the ones clear of
 * the devices, so the leader ends on the wall beside the device's exit instead of the label going (issue 8, round 8).
 * Empty when the papilla has no mound (its parent is not a tube).
 */
export function papillaSpots(papilla: Structure, bowel: Structure | undefined): Point[] {
  if (papilla.shape.type !== 'point') return [];
  const at = papilla.shape.at;
  const mound = papillaMound(at, bowel);
  if (!mound) return [];
  // The mound's ends lie on its base, one half base either side of its middle: the wall's direction there.
  const [a, b] = [mound[0]!, mound.at(-1)!];
  const base: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
  // A tall mound has a narrower base than MOUND.halfBase: measure the base itself for a unit step along the wall.
  const span = distance(a, b) || 1;
  const along: Point = [(a[0] - b[0]) / span, (a[1] - b[1]) / span];
  const wall = Array.from({ length: Math.floor(ALONG / STEP) }, (_, i) => (i + 1) * STEP).flatMap((u) =>
    [u, -u].map((v): Point => [base[0] + along[0] * v, base[1] + along[1] * v]),
  );
  const far = (p: Point) => distance(p, at);
  return [...mound.filter((_, i) => i % 2 === 0), ...wall].sort((p, q) => far(p) - far(q));
}
