import type { Structure } from '../model/anatomy-schema.js';
import { polylineLength, sampleSpline, slicePolyline } from '../model/geometry.js';
import type { ScenePath } from './scene-types.js';
import { tubeWidth, type ShapeState } from './structure-paths.js';
import { polygonPath, tubeOutline } from './tube-outline.js';

/**
 * Contrast inside a duct's lumen over the filled stretch [from, to] of its
 * centreline, slightly narrower than the lumen so the wall still shows.
 */
export function contrastPath(s: Structure, span: readonly [number, number], state: ShapeState): ScenePath | null {
  if (s.shape.type !== 'tube') return null;
  const [from, to] = span;
  if (to - from < 0.005) return null;
  // Fractions are of arc length along the smooth centreline.
  const spine = sampleSpline(s.shape.centerline);
  const total = polylineLength(spine);
  const stretch = slicePolyline(spine, from * total, to * total);
  if (stretch.length < 2) return null;
  const outline = tubeOutline(stretch, (f) => 0.78 * tubeWidth(s, from + f * (to - from), state), true, 1);
  return {
    id: `contrast-${s.id}`,
    structureId: s.id,
    layer: s.layer,
    tone: 'bile',
    paint: 'contrast',
    d: polygonPath(outline),
    dashed: false,
  };
}
