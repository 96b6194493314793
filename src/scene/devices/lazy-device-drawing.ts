/**
 * The entry of the stent drawing chunk (see lazy-devices.ts): the stent, its geometry and ends, and the lumen it
 * holds open through a tumour. The balloon's drawing is a chunk of its own (lazy-balloon-drawing.ts), loaded with it.
 */
export { stentParts } from './stent-parts.js';
export { stentEnds } from './stent-geometry.js';
export { stentedLumen } from '../stented-lumen.js';
export { rideStent } from './wire-course.js';
