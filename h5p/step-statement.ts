import type { StepVerb } from './step-progress.js';

/**
 * The IRIs of the result extensions the wrapper adds to its xAPI statements. They name this package (its npm
 * page documents them under "H5P"), as xAPI asks for extension keys that are IRIs.
 */
export const XAPI_EXTENSIONS = {
  /** The step shown, 1-based. */
  stepIndex: 'https://www.npmjs.com/package/liver-intervention#xapi-step-index',
  /** The step's id in the procedure file. */
  stepId: 'https://www.npmjs.com/package/liver-intervention#xapi-step-id',
  /** The step's title, as the learner read it. */
  stepTitle: 'https://www.npmjs.com/package/liver-intervention#xapi-step-title',
  /** How many steps the procedure has. */
  stepCount: 'https://www.npmjs.com/package/liver-intervention#xapi-step-count',
  /** How many different steps the learner has seen so far. */
  stepsSeen: 'https://www.npmjs.com/package/liver-intervention#xapi-steps-seen',
} as const;

/** A shown step, as `li-step-change` reports it. */
export interface ShownStep {
  /** 1-based. */
  readonly step: number;
  readonly id: string;
  readonly title: string;
}

/**
 * The part of an xAPI statement the wrapper adds to H5P's template for `verb` (H5P fills in actor, object and
 * context): the step in the result extensions, and `completion` for `completed`.
 */
export function stepStatement(verb: StepVerb, shown: ShownStep, total: number, seen: number): object {
  const count = { [XAPI_EXTENSIONS.stepCount]: total, [XAPI_EXTENSIONS.stepsSeen]: seen };
  if (verb === 'completed') return { result: { completion: true, extensions: count } };
  return {
    result: {
      extensions: {
        [XAPI_EXTENSIONS.stepIndex]: shown.step,
        [XAPI_EXTENSIONS.stepId]: shown.id,
        [XAPI_EXTENSIONS.stepTitle]: shown.title,
        ...count,
      },
    },
  };
}
