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
