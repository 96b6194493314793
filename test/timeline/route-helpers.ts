import type { Point } from '../../src/model/anatomy-schema.js';
import { nearestOnPolyline, pointAtLength, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import type { Anatomy } from '../../src/model/parse-anatomy.js';

/** Arc length of the point of a route nearest to p, if the route passes within `tolerance` of p; else null. */
export function arcTo(route: readonly Point[], p: Point, tolerance = 1): number | null {
  const near = nearestOnPolyline(route, p);
  return near.distance <= tolerance ? near.arc : null;
}

/** The point at arc-length fraction f of a duct's smooth centreline (the fractions lesions use). */
export function pointOnDuct(anatomy: Anatomy, duct: string, f: number): Point {
  const shape = anatomy.byId.get(duct)!.shape;
  if (shape.type !== 'tube') throw new Error(duct);
  const line = sampleSpline(shape.centerline);
  return pointAtLength(line, f * polylineLength(line)).point;
}
