/** The entry of the balloon drawing chunk (see lazy-devices.ts): loaded with the stent drawing, as one part. */
export { balloonParts, balloonPlace } from './balloon-parts.js';
