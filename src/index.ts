export { LiverIntervention } from './element/liver-intervention.js';
export {
  StepChangeEvent,
  PlaybackEvent,
  StructureEvent,
  type StepChangeDetail,
  type PlaybackDetail,
  type StructureDetail,
} from './element/events.js';
export { DataError } from './model/data-error.js';
export { PROCEDURE_NAMES } from './model/procedure-names.js';
export { OBSTRUCTION_NAMES } from './model/obstruction-names.js';
export { STENT_NAMES } from './model/stent-names.js';
