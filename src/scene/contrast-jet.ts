import type { Point, Structure } from '../model/anatomy-schema.js';
import {
  distanceToPolyline,
  nearestOnPolyline,
  pointAtLength,
  polylineLength,
  sampleSpline,
} from '../model/geometry.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { DeviceState, Lesion } from '../timeline/timeline-types.js';

/** A ring still narrower than this (lumen fraction) lets only a jet through. */
export const JET_PATENCY = 0.5;
/** The jet's width as a fraction of a full bowel cast's. */
export const JET_WIDTH = 0.25;
/** How far the jet runs into the bowel past the join before it thins out, in units (about 4 cm). */
const JET_REACH = 110;

/** A thin jet into a bowel: its width factor and the stretch of the bowel's centreline (fractions) it fills. */
export interface ContrastJet {
  readonly width: number;
  readonly span: readonly [number, number];
}

/**
 * Contrast that reaches a bowel (a Roux limb) through a tight ring stricture
 * at the duct's join with it enters as a thin jet just past the join, not as
 * a wide cast: the cholangiogram before dilation shows how tight the ring is.
 * Once the ring is opened, or with a catheter already across it injecting in
 * the bowel, the bowel fills wide. Null when the fill is not a jet.
 */
export function contrastJet(
  anatomy: Anatomy,
  bowel: Structure,
  filled: readonly [number, number],
  lesions: readonly Lesion[],
  devices: readonly DeviceState[],
): ContrastJet | null {
  if (bowel.kind === 'duct' || bowel.shape.type !== 'tube') return null;
  const join = lesions.map((l) => joinPoint(anatomy, l, bowel.id)).find((p) => p !== null);
  if (!join) return null;
  const spine = sampleSpline(bowel.shape.centerline);
  const radius = bowel.shape.diameter.dilated / 2;
  const inside = devices.some(
    (d) =>
      d.opacity > 0 && d.route.length > 1 && distanceToPolyline(pointAtLength(d.route, d.tip).point, spine) < radius,
  );
  if (inside) return null;
  const total = polylineLength(spine);
  const at = nearestOnPolyline(spine, join).arc / total;
  const span: [number, number] = [Math.max(filled[0], at), Math.min(filled[1], at + JET_REACH / total)];
  return { width: JET_WIDTH, span };
}

/** Where a tight ring's duct opens into `bowelId` (the anastomosis landmark on it), or null. */
function joinPoint(anatomy: Anatomy, lesion: Lesion, bowelId: string): Point | null {
  if (lesion.kind !== 'ring' || lesion.patency >= JET_PATENCY) return null;
  const landmark = anatomy.byId.get(anatomy.byId.get(lesion.duct)?.parent ?? '');
  return landmark?.shape.type === 'point' && landmark.parent === bowelId ? landmark.shape.at : null;
}
