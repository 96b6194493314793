import type { Point, Structure } from '../model/anatomy-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { pointAtLength, polylineLength, sampleSpline } from '../model/geometry.js';
import type { Lesion } from '../timeline/timeline-types.js';

/** A lesion kind's label: its clinical name and the plain one. */
export type LesionNames = Readonly<Record<Lesion['kind'], { readonly name: string; readonly plain: string }>>;

/** The English names; the element passes them in the widget's language. */
export const LESION_NAMES: LesionNames = {
  mass: { name: 'Tumour (block)', plain: 'blocking lump' },
  sleeve: { name: 'Tumour (cholangiocarcinoma)', plain: 'blocking growth' },
  ring: { name: 'Stricture (scar)', plain: 'narrow scar' },
};

/**
 * A label-only pseudo-structure for the first lesion, so the block is named
 * wherever it is in view. Its leader ends on the lesion itself.
 */
export function lesionLabel(lesion: Lesion, anatomy: Anatomy, names = LESION_NAMES): Structure | null {
  const duct = anatomy.byId.get(lesion.duct);
  if (duct?.shape.type !== 'tube') return null;
  const spine = sampleSpline(duct.shape.centerline);
  const mid = pointAtLength(spine, ((lesion.span[0] + lesion.span[1]) / 2) * polylineLength(spine)).point;
  const to: Point = lesion.mass ? [lesion.mass.cx + lesion.mass.r * 0.5, lesion.mass.cy] : mid;
  const { name, plain } = names[lesion.kind];
  return {
    id: 'lesion',
    kind: 'landmark',
    layer: 'markers',
    tone: 'pancreas',
    name,
    plainName: plain,
    description: name,
    sources: ['S31'],
    // No authored spot: the placer looks around the leader point.
    label: { x: Number.NaN, y: Number.NaN, align: 'start', to, priority: 1 },
    shape: { type: 'point', at: to },
  };
}
