import type { Anatomy } from '../model/parse-anatomy.js';
import type { Structure } from '../model/anatomy-schema.js';

const found = new WeakMap<Anatomy, Map<string, string | null>>();

/**
 * The bile duct that opens into a bowel: the duct whose end landmark (the
 * papilla, an anastomosis) lies on that bowel; null when none does.
 */
export function openingDuct(anatomy: Anatomy, bowelId: string): string | null {
  let byBowel = found.get(anatomy);
  if (!byBowel) found.set(anatomy, (byBowel = new Map()));
  const known = byBowel.get(bowelId);
  if (known !== undefined) return known;
  const duct = anatomy.structures.find(
    (s) => s.kind === 'duct' && s.tone === 'bile' && anatomy.byId.get(s.parent ?? '')?.parent === bowelId,
  );
  byBowel.set(bowelId, duct?.id ?? null);
  return duct?.id ?? null;
}

/** Whether a structure is a bowel (a tube, not a duct) that a bile duct opens into: where contrast can leave a device. */
export const isOpeningBowel = (anatomy: Anatomy, s: Structure): boolean =>
  s.kind !== 'duct' && s.shape.type === 'tube' && openingDuct(anatomy, s.id) !== null;
