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
  // A fill that stops short (the fill front, or a block) ends tapered and irregular, not in a round
  // cap that would read as a stone's meniscus (brief §4.2); whole ducts keep round ends to merge at junctions.
  const whole = from < 0.01 && to > 0.99;
  // A bowel filling from its closed end (a Roux limb's blind end) keeps that end round.
  const roundStart = from < 0.01 && s.kind === 'organ';
  const length = (to - from) * total;
  const outline = tubeOutline(
    stretch,
    (f) => {
      const w = 0.78 * tubeWidth(s, from + f * (to - from), state);
      if (whole || to > 0.99) return w;
      const left = (1 - f) * length;
      return left > 10 ? w : w * (0.45 + 0.055 * left) * (f > 0.995 ? 0.8 : 1);
    },
    whole || roundStart,
    1,
  );
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
