export { LiverIntervention } from './element/liver-intervention.js';
export {
  StepChangeEvent,
  PlaybackEvent,
  StructureEvent,
  type StepChangeDetail,
  type PlaybackDetail,
  type StructureDetail,
} from './element/events.js';
export { parseAnatomy } from './model/parse-anatomy.js';
export { DataError } from './model/data-error.js';
