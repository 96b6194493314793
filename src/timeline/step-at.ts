import type { Timeline } from './timeline-types.js';

/**
 * Index of the step shown at t. A step owns (start, end] (the first also
 * owns t = 0), so sampling at a step's end shows that step finished.
 */
export function stepAt(timeline: Timeline, t: number): number {
  const index = timeline.steps.findIndex((step) => t <= step.end);
  return index < 0 ? Math.max(0, timeline.steps.length - 1) : index;
}

/** End time (ms) of step `index`, clamped to the steps there are. */
export function stepEndTime(timeline: Timeline, index: number): number {
  const steps = timeline.steps;
  return steps[Math.max(0, Math.min(steps.length - 1, index))]?.end ?? 0;
}
