export { LiverIntervention } from './element/liver-intervention.js';
export { parseAnatomy } from './model/parse-anatomy.js';
export { DataError } from './model/data-error.js';
