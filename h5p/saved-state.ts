/** Where a learner was, as H5P saves it between visits (`getCurrentState`) and hands it back. */
export interface SavedState {
  /** The step shown last, 1-based. */
  readonly step?: number;
  /** The steps seen (1-based), so they are not reported again. */
  readonly seen: readonly number[];
  /** Whether `completed` was sent. */
  readonly completed: boolean;
}

const isStep = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 1000;

/**
 * Reads the state H5P hands back, which may come from an older version or be damaged: anything that is not a
 * step number is dropped, so a bad state only loses the learner's place, never breaks the content.
 */
export function readSavedState(value: unknown): SavedState {
  const state = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const seen = Array.isArray(state.seen) ? state.seen.filter(isStep) : [];
  return { ...(isStep(state.step) ? { step: state.step } : {}), seen, completed: state.completed === true };
}
