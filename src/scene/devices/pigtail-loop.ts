import type { Point } from '../../model/anatomy-schema.js';
import { arcTable } from '../../model/arc-table.js';
import { pointAtLength, distance } from '../../model/geometry.js';
import { loopCentre } from '../../model/loop-centre.js';

/** Default pigtail loop radius (centreline): a loop 12 mm across at 28 u/cm (art direction: about 12 mm); `r` overrides it. */
export const PIGTAIL_RADIUS = 16.8;
/** How far the locked loop winds: 1.1 turns (art direction: 1–1.25). */
export const PIGTAIL_TURNS = 1.1;
/** Where the inward curl starts, in turns: before the ring closes, so it never reads as an "O". */
const CURL_FROM = 0.85;
/** The last stretch curls inward to this share of the radius: the free tip reads inside the loop. */
const TIP_IN = 0.5;

/**
 * The pigtail's distal stretch beyond the drain's tip: the catheter itself,
 * so it keeps the shaft's width. Unformed (curl 0) it lies straight along the
 * route ahead; locked (curl 1) it swings aside in a smooth S onto a circle
 * centred on the route just ahead of the tip (so the loop stays in the lumen)
 * and winds 1.1 turns, the last quarter turn curling inward so its free end shows
 * inside the loop (not a closed ring), with no corner anywhere. In between, each point is
 * blended.
 */
export function pigtailLoop(
  route: readonly Point[],
  tip: number,
  curl: number,
  samples = 40,
  r = PIGTAIL_RADIUS,
): Point[] {
  const p0 = pointAtLength(route, tip).point;
  const c = loopCentre(route, tip, r);
  // The loop's own axes: forward from the tip to the centre, and its normal.
  const len = distance(c, p0) || 1;
  const f: Point = [(c[0] - p0[0]) / len, (c[1] - p0[1]) / len];
  const s: Point = [-f[1], f[0]];
  const at = (u: number, v: number): Point => [p0[0] + f[0] * u + s[0] * v, p0[1] + f[1] * u + s[1] * v];
  const lead = 8;
  const formed: Point[] = [];
  // A cubic S from the tip (heading forward) to the loop's side point (also heading forward).
  for (let i = 0; i <= lead; i++) {
    const t = i / lead;
    const m = 1 - t;
    const u = 3 * m * t * t * (len / 2) + 3 * m * m * t * (len / 2) + t * t * t * len;
    const v = -(3 * m * t * t + t * t * t) * r;
    formed.push(at(u, v));
  }
  const sweep = PIGTAIL_TURNS * 2 * Math.PI;
  const loopSamples = samples - lead;
  for (let i = 1; i <= loopSamples; i++) {
    const turned = (i / loopSamples) * PIGTAIL_TURNS;
    const phi = -Math.PI / 2 + turned * 2 * Math.PI;
    const k = Math.max(0, (turned - CURL_FROM) / (PIGTAIL_TURNS - CURL_FROM));
    const rr = r * (1 - (1 - TIP_IN) * k * k * (3 - 2 * k));
    formed.push(at(len + rr * Math.cos(phi), rr * Math.sin(phi)));
  }
  const length = 1.3 * len + sweep * r;
  const along = arcTable(route);
  return formed.map((p, i) => {
    const straight = along(tip + (i / (formed.length - 1)) * length).point;
    return [straight[0] + (p[0] - straight[0]) * curl, straight[1] + (p[1] - straight[1]) * curl];
  });
}

/**
 * The disc a formed pigtail's loop encloses (a 16-gon of the loop's radius, scene units), or null while it is
 * still mostly straight (curl below ½): a leader ending inside the ring would read as naming the loop.
 */
export function loopDisc(route: readonly Point[], tip: number, curl: number, r = PIGTAIL_RADIUS): Point[] | null {
  if (curl < 0.5 || route.length < 2) return null;
  const c = loopCentre(route, tip, r);
  return Array.from({ length: 16 }, (_, i): Point => [
    c[0] + r * Math.cos((i * Math.PI) / 8),
    c[1] + r * Math.sin((i * Math.PI) / 8),
  ]);
}
