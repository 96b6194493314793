import type { Anatomy } from '../model/parse-anatomy.js';
import { pointAtLength, sampleSpline } from '../model/geometry.js';
import type { SceneLabel } from './scene-types.js';

/** The ribs numbered at the right intercostal access (art direction: ribs 8–11). */
export const ACCESS_RIBS = ['rib-8', 'rib-9', 'rib-10', 'rib-11'] as const;
/** How far along each rib band from its lateral (mid-axillary) end the numeral sits, units. */
const ALONG = 11;

/**
 * Rib numbers for the right access: each rib's numeral on its own band, next
 * to the mid-axillary line where the needle enters between ribs 10 and 11.
 * They are numerals, not labels, so they do not count against the label
 * budget. `size` is the label font size in units.
 */
export function ribNumerals(anatomy: Anatomy, size: number): SceneLabel[] {
  return ACCESS_RIBS.flatMap((id) => {
    const rib = anatomy.byId.get(id);
    if (rib?.shape.type !== 'band') return [];
    const { point } = pointAtLength(sampleSpline(rib.shape.points), ALONG);
    return [
      {
        id: `numeral-${id}`,
        structureId: id,
        kind: 'landmark' as const,
        text: id.replace('rib-', ''),
        x: point[0],
        y: point[1] + size * 0.36,
        align: 'middle' as const,
        size,
        leader: null,
      },
    ];
  });
}
