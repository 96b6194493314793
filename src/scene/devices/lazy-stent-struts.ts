/**
 * The entry of the stent drawing's second chunk (see lazy-devices.ts), loaded beside lazy-device-drawing.ts: the
 * wire patterns (braid, Z rings, spiral), the bounds their struts keep to, the film's washout of the open lumen, and
 * the lumen a stent holds open through a tumour. stentParts draws with the first four, handed to it (it imports only
 * their types), so the two chunks share no module and no third chunk is fetched.
 */
export { braidPattern, spiralPattern, zPattern } from './stent-patterns.js';
export { strutBounds } from './strut-bounds.js';
export { stentWashout } from './stent-washout.js';
export { stentedLumen } from '../stented-lumen.js';
