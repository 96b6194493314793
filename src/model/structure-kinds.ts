import type { Structure } from './anatomy-schema.js';
import { LANDMARKS } from './landmarks.js';

/*
 * What the timeline and the validator both ask of a structure. Kept apart from check-references.ts, so that
 * drawing the bundled data does not bring the validator's checks into the first-paint chunk.
 */

/** A hollow organ a route can end inside (data/landmarks.json `cavities`: the gallbladder), drawn as an outline. */
export const isCavity = (s: Structure | undefined): boolean =>
  s?.shape.type === 'outline' && LANDMARKS.cavities.includes(s.id);

/** A tube that is not a duct (the duodenum): a route follows its lumen. */
export const isLumen = (s: Structure | undefined): boolean => s?.kind !== 'duct' && s?.shape.type === 'tube';

/** Camera value that means "the obstruction case's camera". */
export const LESION_CAMERA = 'lesion';
