export { LiverIntervention } from './element/liver-intervention.js';
export { DataError } from './model/data-error.js';
