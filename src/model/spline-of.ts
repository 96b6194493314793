import type { Point } from './anatomy-schema.js';
import { sampleSpline } from './geometry.js';

const kept = new Map<number, WeakMap<readonly Point[], readonly Point[]>>();

/**
 * `sampleSpline(points, perSegment)`, made once per points array and shared: the anatomy's centrelines never change,
 * and a frame asks for their smooth lines many times over (a stent's strut bounds and tumours, the contrast, the
 * block's label). The line is read only.
 */
export function splineOf(points: readonly Point[], perSegment = 12): readonly Point[] {
  let byPoints = kept.get(perSegment);
  if (!byPoints) kept.set(perSegment, (byPoints = new WeakMap()));
  let line = byPoints.get(points);
  if (!line) byPoints.set(points, (line = sampleSpline(points, perSegment)));
  return line;
}
