/** The entry of the stent and balloon drawing chunk (see lazy-devices.ts). */
export { balloonParts, balloonPlace } from './balloon-parts.js';
export { stentParts } from './stent-parts.js';
export { stentedLumen } from '../stented-lumen.js';
export { rideStent } from './wire-course.js';
