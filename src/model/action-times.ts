import type { Action, ActionType } from './action-schema.js';

/** Default action durations in ms; highlight and dim hold to the step's end. */
export const ACTION_DURATIONS: Readonly<Record<ActionType, number>> = {
  advance: 1500,
  withdraw: 1500,
  exchange: 2500,
  contrast: 3000,
  pigtail: 1200,
  flow: 3000,
  cap: 800,
  remove: 600,
  highlight: 0,
  dim: 0,
  decompress: 4000,
  inflate: 3000,
  deflate: 1200,
  deploy: 3000,
  'open-lesion': 1500,
};

/** One action's times relative to its step's start, ms. */
export interface ActionTime {
  readonly start: number;
  /** When its effect ends (a highlight with duration 0 holds to the step's end). */
  readonly end: number;
}

/**
 * Compiles Motion-style `at` offsets to step-relative times: `"<"` starts with
 * the previous action, `"+N"`/`"-N"` N ms after/before the previous action
 * ends, a number is ms from the step's start, and no `at` means "+0".
 */
export function actionTimes(actions: readonly Action[], stepDuration: number): ActionTime[] {
  let previousStart = 0;
  let previousEnd = 0;
  return actions.map((action) => {
    const at = action.at;
    const start =
      at === undefined
        ? previousEnd
        : at === '<'
          ? previousStart
          : typeof at === 'number'
            ? at
            : previousEnd + Number(at);
    const duration = action.duration ?? ACTION_DURATIONS[action.type];
    previousStart = start;
    previousEnd = start + duration;
    const holds = (action.type === 'highlight' || action.type === 'dim') && duration === 0;
    return { start, end: holds ? Math.max(start, stepDuration) : start + duration };
  });
}
