import type { Point, Structure } from '../model/anatomy-schema.js';
import { polylineLength, sampleSpline, slicePolyline } from '../model/geometry.js';
import type { Lesion, SampledState } from '../timeline/timeline-types.js';
import type { ScenePath } from './scene-types.js';
import { tubeWidth, type ShapeState } from './structure-paths.js';
import { polygonPath, tubeOutline } from './tube-outline.js';

/** The lesions of a moment; older timelines give only `obstruction` (a tight mass block). */
export function momentLesions(moment: Pick<SampledState, 'obstruction' | 'lesions'> | undefined): readonly Lesion[] {
  if (!moment) return [];
  if (moment.lesions) return moment.lesions;
  const o = moment.obstruction;
  return o ? [{ duct: o.duct, span: o.span, kind: o.mass ? 'mass' : 'ring', patency: 0.22, mass: o.mass }] : [];
}

// A fixed lumpy outline (no randomness: the scene is a pure function of its input).
const LUMPS = [1, 0.93, 1.04, 0.96, 1.06, 0.9, 1.02, 0.95, 1.05, 0.92, 1.0, 0.97];

/**
 * How a lesion looks: a mass is a lumpy tumour around the duct; a sleeve is
 * tumour tissue thickening the duct wall along the span; a ring stricture is
 * a short scar drawn as two pinch marks (its narrowing is in the duct itself).
 */
export function lesionPath(lesion: Lesion, duct: Structure, state: ShapeState, index: number): ScenePath | null {
  const base = {
    id: `lesion-${index}`,
    structureId: 'lesion',
    layer: 'duodenum',
    tone: 'pancreas',
    dashed: false,
  } as const;
  if (lesion.kind === 'mass' && lesion.mass) {
    const { cx, cy, r } = lesion.mass;
    const pts = LUMPS.map((k, i): Point => {
      const a = (i / LUMPS.length) * 2 * Math.PI;
      return [cx + r * k * Math.cos(a), cy + r * k * Math.sin(a)];
    });
    return { ...base, paint: 'lesion', d: polygonPath(pts) };
  }
  if (duct.shape.type !== 'tube') return null;
  const spine = sampleSpline(duct.shape.centerline);
  const total = polylineLength(spine);
  const [a, b] = lesion.span;
  const stretch = slicePolyline(spine, a * total, b * total);
  if (stretch.length < 2) return null;
  if (lesion.kind === 'sleeve') {
    // Tumour wraps the duct: wider than the dilated duct, thickest mid-span.
    const outline = tubeOutline(
      stretch,
      (f) => tubeWidth(duct, a + f * (b - a), { ...state, narrow: [] }) + 10 + 8 * Math.sin(Math.PI * f),
      true,
      2,
    );
    return { ...base, layer: 'ducts', paint: 'lesion', d: polygonPath(outline) };
  }
  const outline = tubeOutline(stretch, (f) => tubeWidth(duct, a + f * (b - a), { ...state, narrow: [] }) + 6, false, 2);
  return { ...base, layer: 'ducts', paint: 'scar', d: polygonPath(outline) };
}
