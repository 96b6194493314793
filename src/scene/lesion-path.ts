import type { Point, Structure } from '../model/anatomy-schema.js';
import { polylineLength, slicePolyline } from '../model/geometry.js';
import type { Lesion, SampledState } from '../timeline/timeline-types.js';
import type { ScenePath } from './scene-types.js';
import { tubeWidth, type ShapeState } from './structure-paths.js';
import { polygonPath, tubeOutline } from './tube-outline.js';
import { LENS_MIN_LENGTH, scarWall } from './scar-wall.js';
import { splineOf } from '../model/spline-of.js';

/** The lesions of a moment; older timelines give only `obstruction` (a tight mass block). */
export function momentLesions(moment: Pick<SampledState, 'obstruction' | 'lesions'> | undefined): readonly Lesion[] {
  if (!moment) return [];
  if (moment.lesions) return moment.lesions;
  const o = moment.obstruction;
  return o ? [{ duct: o.duct, span: o.span, kind: o.mass ? 'mass' : 'ring', patency: 0.22, mass: o.mass }] : [];
}

/**
 * A tumour mass outline: one rounded body with a few soft lobes (five broad
 * bulges and a slight three-fold swell), sampled finely so it reads as a
 * smooth organic edge, never a polygon. Fixed phases: the scene is a pure
 * function of its input.
 */
export function massOutline(cx: number, cy: number, r: number, samples = 72): Point[] {
  return Array.from({ length: samples }, (_, i): Point => {
    const a = (i / samples) * 2 * Math.PI;
    const k = 1 + 0.07 * Math.cos(5 * a + 0.6) + 0.04 * Math.cos(3 * a + 1.9);
    return [cx + r * k * Math.cos(a), cy + r * k * Math.sin(a)];
  });
}

/**
 * The outline of a lesion as drawn (scene units), and its paint: a mass is a lobed tumour around the duct; a
 * sleeve is tumour tissue thickening the duct wall along the span (the scene joins a case's sleeves into one
 * mass, see joinSleeves); a ring stricture is a short scar drawn as a thickened stretch of both duct walls filling
 * the duct's pinch (`d`, see scarWall), whose outline is the duct's span. Null where nothing is drawn.
 */
export function lesionOutline(
  lesion: Lesion,
  duct: Structure,
  state: ShapeState,
): { readonly points: Point[]; readonly paint: 'lesion' | 'scar'; readonly d?: string } | null {
  if (lesion.kind === 'mass' && lesion.mass) {
    const { cx, cy, r } = lesion.mass;
    return { points: massOutline(cx, cy, r), paint: 'lesion' };
  }
  if (duct.shape.type !== 'tube') return null;
  const spine = splineOf(duct.shape.centerline);
  const total = polylineLength(spine);
  const [a, b] = ringSpan(lesion, total, state.minWidth);
  const stretch = slicePolyline(spine, a * total, b * total);
  if (stretch.length < 2) return null;
  if (lesion.kind === 'sleeve') {
    // Tumour wraps the duct: wider than the dilated duct, thickest mid-span. It keeps its bulk while the ducts
    // it blocks decompress around a drain.
    const dilated: ShapeState = { ...state, dilation: 1, narrow: [], downstream: undefined };
    const width = (f: number) => tubeWidth(duct, a + f * (b - a), dilated) + 10 + 8 * Math.sin(Math.PI * f);
    return { points: tubeOutline(stretch, width, true, 2), paint: 'lesion' };
  }
  const width = (f: number) => tubeWidth(duct, a + f * (b - a), { ...state, narrow: [] }) + 6;
  // Above the bowel: the scar is the join itself, where the duct meets the jejunal limb's wall.
  return { points: tubeOutline(stretch, width, false, 2), paint: 'scar', d: scarWall(duct, stretch, [a, b], state) };
}

/**
 * A lesion's span as drawn: a short ring scar is drawn at least LENS_MIN_LENGTH minWidths long (about 8 px on
 * screen) around its middle, so it stays visible at phone size; other lesions keep their span.
 */
function ringSpan(lesion: Lesion, total: number, minWidth: number): readonly [number, number] {
  const [a, b] = lesion.span;
  const grow = (LENS_MIN_LENGTH * minWidth) / total - (b - a);
  if (lesion.kind !== 'ring' || grow <= 0) return lesion.span;
  return [Math.max(0, a - grow / 2), Math.min(1, b + grow / 2)];
}

/** How a lesion looks (see lesionOutline): its drawn path, or null. */
export function lesionPath(lesion: Lesion, duct: Structure, state: ShapeState, index: number): ScenePath | null {
  const drawn = lesionOutline(lesion, duct, state);
  if (!drawn) return null;
  return {
    id: `lesion-${index}`,
    structureId: 'lesion',
    layer: lesion.kind === 'sleeve' ? 'ducts' : 'duodenum',
    tone: 'pancreas',
    dashed: false,
    paint: drawn.paint,
    d: drawn.d ?? polygonPath(drawn.points),
  };
}

/**
 * A hilar tumour is one mass: every sleeve of a case becomes one path (its
 * pieces overlap at the confluence and fill as one shape under the nonzero
 * rule), so one soft gradient spans the whole Bismuth extent.
 */
export function joinSleeves(paths: readonly ScenePath[]): ScenePath[] {
  const sleeves = paths.filter((p) => p.paint === 'lesion' && p.layer === 'ducts');
  if (sleeves.length < 2) return [...paths];
  const joined: ScenePath = { ...sleeves[0]!, id: 'lesion-sleeve', d: sleeves.map((p) => p.d).join('') };
  return [...paths.filter((p) => !sleeves.includes(p)), joined];
}
