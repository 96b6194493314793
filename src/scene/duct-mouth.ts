import type { Anatomy } from '../model/parse-anatomy.js';
import type { Point } from '../model/anatomy-schema.js';
import { nearestOnPolyline, pointAtLength, sampleSpline } from '../model/geometry.js';
import { ductMouths } from './duct-squeeze.js';

/**
 * For each duct that opens into a bowel at its last point (the CBD at the papilla), the bowel's direction there
 * (unit, either sense): the duct crosses the bowel's wall obliquely, and its mouth is cut square to the bowel, so no
 * corner of a mouth square to the duct's own axis hangs down the bowel past the papilla.
 */
export function mouthCuts(anatomy: Anatomy): ReadonlyMap<string, Point> {
  const cuts = new Map<string, Point>();
  for (const id of ductMouths(anatomy)) {
    const duct = anatomy.byId.get(id);
    const landmark = duct?.parent === undefined ? undefined : anatomy.byId.get(duct.parent);
    const bowel = landmark?.parent === undefined ? undefined : anatomy.byId.get(landmark.parent);
    if (landmark?.shape.type !== 'point' || bowel?.shape.type !== 'tube') continue;
    const line = sampleSpline(bowel.shape.centerline);
    cuts.set(id, pointAtLength(line, nearestOnPolyline(line, landmark.shape.at).arc).tangent);
  }
  return cuts;
}
