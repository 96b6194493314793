/** An xAPI verb the H5P wrapper sends when a step is shown. */
export type StepVerb = 'experienced' | 'completed';

/**
 * What a learner has seen of one procedure: each step is `experienced` once, however often it is shown
 * again, and the content is `completed` once, when its last step is first shown.
 */
export class StepProgress {
  private readonly seen: Set<number>;
  private done: boolean;

  /**
   * @param seen steps already seen (1-based), e.g. from a saved attempt; default none
   * @param completed whether `completed` was already sent; default false
   */
  constructor(seen: Iterable<number> = [], completed = false) {
    this.seen = new Set(seen);
    this.done = completed;
  }

  /** How many different steps have been shown. */
  get count(): number {
    return this.seen.size;
  }

  /** The steps shown so far (1-based), in ascending order. */
  get steps(): number[] {
    return [...this.seen].sort((a, b) => a - b);
  }

  /** Whether `completed` has been sent. */
  get completed(): boolean {
    return this.done;
  }

  /**
   * The verbs to send now that `step` (1-based) of `total` steps is shown, in order: none for a step shown
   * before or outside 1…`total`.
   */
  show(step: number, total: number): StepVerb[] {
    if (!Number.isInteger(step) || step < 1 || step > total || this.seen.has(step)) return [];
    this.seen.add(step);
    if (step < total || this.done) return ['experienced'];
    this.done = true;
    return ['experienced', 'completed'];
  }
}
