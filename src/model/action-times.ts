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

/** Share of an inflate action spent inflating when it also effaces; the waist is effaced in the rest. */
export const INFLATE_SHARE = 0.55;

/** One action's times relative to its step's start, ms. */
export interface ActionTime {
  readonly start: number;
  /** When its effect ends (a highlight with duration 0 holds to the step's end). */
  readonly end: number;
  /** Why its `at` or `until` could not be resolved (an unknown action name or event). */
  readonly problem?: { readonly field: 'at' | 'until'; readonly message: string };
}

/**
 * The named moments of an action with times [start, end]: every action has
 * `start` and `end`; an exchange also `removed` (the old device is out, the
 * new one starts in); an inflate also `inflated` (the balloon is full; the
 * waist is effaced after it when `efface` is given).
 */
export function actionEvents(action: Action, start: number, end: number): Record<string, number> {
  const events: Record<string, number> = { start, end };
  if (action.type === 'exchange') events.removed = (start + end) / 2;
  if (action.type === 'inflate') {
    events.inflated = action.efface === undefined ? end : start + (end - start) * INFLATE_SHARE;
  }
  return events;
}

/** `name`, `name.event`, either with an optional `+N` / `-N` ms offset. */
const NAMED = /^([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?:\.([a-z]+))?([+-]\d+(?:\.\d+)?)?$/;

/** Resolves a named time against the events of the actions so far; a message when it cannot. */
function namedTime(text: string, named: ReadonlyMap<string, Record<string, number>>): number | string {
  const [, name, event = 'end', offset = '0'] = NAMED.exec(text) ?? [];
  const events = name === undefined ? undefined : named.get(name);
  if (!events) return `no earlier action in this step is named "${name ?? text}"`;
  const at = events[event];
  if (at === undefined) return `"${name}" has no event "${event}" (it has ${Object.keys(events).join(', ')})`;
  return at + Number(offset);
}

/**
 * Compiles `at` to step-relative times: `"<"` starts with the previous
 * action, `"+N"`/`"-N"` N ms after/before the previous action ends, a number
 * is ms from the step's start, `"name.event+N"` is N ms after an event of an
 * earlier action with that `name` (event default `end`), and no `at` means
 * "+0". `until` (a named event) sets the end instead of `duration`.
 */
export function actionTimes(actions: readonly Action[], stepDuration: number): ActionTime[] {
  return stepTimes(actions, stepDuration).times;
}

/** A step's action times, and its named moments. */
export interface StepTimes {
  readonly times: ActionTime[];
  /**
   * A named moment of the step ("balloon-inflate.inflated", "name.event+N", as an action's `at`), ms from its
   * start; a message when no action of the step has that name or event.
   */
  readonly moment: (text: string) => number | string;
}

/** The times of a step's actions (as actionTimes), with the events they name for the step's other moments. */
export function stepTimes(actions: readonly Action[], stepDuration: number): StepTimes {
  let previousStart = 0;
  let previousEnd = 0;
  const named = new Map<string, Record<string, number>>();
  const times = actions.map((action): ActionTime => {
    const at = action.at;
    let problem: ActionTime['problem'];
    let start: number;
    if (at === undefined) start = previousEnd;
    else if (at === '<') start = previousStart;
    else if (typeof at === 'number') start = at;
    else if (/^[+-]/.test(at)) start = previousEnd + Number(at);
    else {
      const found = namedTime(at, named);
      if (typeof found === 'string') problem = { field: 'at', message: found };
      start = typeof found === 'number' ? found : previousEnd;
    }
    let duration = action.duration ?? ACTION_DURATIONS[action.type];
    if (action.until !== undefined) {
      const found = namedTime(action.until, named);
      if (typeof found === 'string') problem ??= { field: 'until', message: found };
      else duration = Math.max(0, found - start);
    }
    previousStart = start;
    previousEnd = start + duration;
    const holds = (action.type === 'highlight' || action.type === 'dim') && duration === 0;
    const end = holds ? Math.max(start, stepDuration) : start + duration;
    if (action.name !== undefined) named.set(action.name, actionEvents(action, start, start + duration));
    return problem ? { start, end, problem } : { start, end };
  });
  return { times, moment: (text) => namedTime(text, named) };
}
