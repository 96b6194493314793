import type { Structure } from '../model/anatomy-schema.js';

/**
 * When a label is placed, apart from where it reads (lower first; ties keep the reading order). The block is
 * placed first: a stent or a drain across it then finds room for its word further along, and on a phone the
 * block keeps its name (a patient's labels still read device, block, liver, gut).
 */
export const placementPriority = (s: Pick<Structure, 'id'>): number => (s.id === 'lesion' ? 0 : 1);
