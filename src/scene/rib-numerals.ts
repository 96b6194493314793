import type { Anatomy } from '../model/parse-anatomy.js';
import type { SceneLabel } from './scene-types.js';

/** The ribs numbered at the right intercostal access (art direction: ribs 8–11). */
export const ACCESS_RIBS = ['rib-8', 'rib-9', 'rib-10', 'rib-11'] as const;

/**
 * Rib numbers for the right access: each rib's numeral at its lateral end,
 * beside the mid-axillary line where the needle enters between ribs 10 and 11.
 * They are numerals, not labels, so they do not count against the label
 * budget. `size` is the label font size in units.
 */
export function ribNumerals(anatomy: Anatomy, size: number): SceneLabel[] {
  return ACCESS_RIBS.flatMap((id) => {
    const rib = anatomy.byId.get(id);
    if (rib?.shape.type !== 'band') return [];
    // Just outside the rib's lateral end, where the rib meets the mid-axillary line: clear of the track.
    const point = rib.shape.points[0]!;
    return [
      {
        id: `numeral-${id}`,
        structureId: id,
        kind: 'numeral' as const,
        text: id.replace('rib-', ''),
        x: point[0] - 5,
        y: point[1] + 4 + size * 0.36,
        align: 'end' as const,
        size,
        leader: null,
      },
    ];
  });
}
