/**
 * The entry of the stent drawing's first chunk (see lazy-devices.ts): the stent, its geometry and ends, and the wire's
 * course through it. Its wire patterns and the stented lumen are a chunk of their own (lazy-stent-struts.ts), and the
 * balloon's drawing another (lazy-balloon-drawing.ts), all three loaded together as one part.
 */
export { stentParts } from './stent-parts.js';
export { stentEnds } from './stent-geometry.js';
export { rideStent } from './wire-course.js';
