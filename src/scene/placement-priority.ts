import type { Structure } from '../model/anatomy-schema.js';

/**
 * When a label is placed, apart from where it reads (lower first; ties keep the reading order). The selected
 * structure comes first: it is what the user asked to see, so it takes its place before the others take theirs (a
 * long Spanish plain name found every spot near the common bile duct taken, and went unnamed). The block comes
 * next: a stent or a drain across it then finds room for its word further along, and on a phone the block keeps its
 * name (a patient's labels still read device, block, liver, gut).
 */
export const placementPriority =
  (active: string | null = null) =>
  (s: Pick<Structure, 'id'>): number =>
    s.id === active ? -1 : s.id === 'lesion' ? 0 : 1;
