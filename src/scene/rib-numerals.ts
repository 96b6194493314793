import type { Camera } from '../model/cameras.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { SceneLabel } from './scene-types.js';

/** The ribs numbered at the right intercostal access (art direction: ribs 8–11). */
export const ACCESS_RIBS = ['rib-8', 'rib-9', 'rib-10', 'rib-11'] as const;

/**
 * Rib numbers for the right access: each rib's numeral at its lateral end,
 * beside the mid-axillary line where the needle enters between ribs 10 and 11.
 * They are numerals, not labels, so they do not count against the label
 * budget. `size` is the label font size in units. In a frame whose left edge
 * lies near the ribs' ends (a printed picture's larger type), a numeral moves in
 * just far enough to be read whole, over the rib's end rather than cut.
 */
export function ribNumerals(anatomy: Anatomy, size: number, camera?: Camera): SceneLabel[] {
  return ACCESS_RIBS.flatMap((id) => {
    const rib = anatomy.byId.get(id);
    if (rib?.shape.type !== 'band') return [];
    // Just outside the rib's lateral end, where the rib meets the mid-axillary line: clear of the track.
    const point = rib.shape.points[0]!;
    const text = id.replace('rib-', '');
    const inside = camera ? camera.x + size * (0.3 + text.length * 0.62) : -Infinity;
    return [
      {
        id: `numeral-${id}`,
        structureId: id,
        kind: 'numeral' as const,
        text,
        x: Math.max(point[0] - 5, inside),
        y: point[1] + 4 + size * 0.36,
        align: 'end' as const,
        size,
        leader: null,
      },
    ];
  });
}
