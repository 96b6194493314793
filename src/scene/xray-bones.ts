/**
 * The entry of the X-ray bones chunk (see lazy-xray-bones.ts): what only a film shows of the skeleton, the
 * vertebrae's inner marks and the posterior ribs. The illustration draws neither.
 */
export { vertebraMarks } from './vertebra-marks.js';
export { posteriorRibs } from './posterior-ribs.js';
