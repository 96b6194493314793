import type { Point, Structure } from '../model/anatomy-schema.js';
import { polylineLength, sampleSpline } from '../model/geometry.js';

const spines = new WeakMap<Structure, { readonly line: Point[]; readonly length: number }>();

/** A tube's smooth centreline and its length in units, kept per structure (null for a shape that is no tube). */
export function tubeSpine(s: Structure): { readonly line: Point[]; readonly length: number } | null {
  if (s.shape.type !== 'tube') return null;
  let spine = spines.get(s);
  if (!spine) {
    const line = sampleSpline(s.shape.centerline);
    spine = { line, length: polylineLength(line) };
    spines.set(s, spine);
  }
  return spine;
}
