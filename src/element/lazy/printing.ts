import { handout } from '../styles/handout.js';
import type { PlacedSheet } from './lazy-chunk.js';

export { drawHandout } from '../handout/draw-handout.js';

/** The printed handout's styles come last in the element's cascade. */
export const sheets: readonly PlacedSheet[] = [{ sheet: handout, before: null }];
