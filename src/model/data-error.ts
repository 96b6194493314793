/** One problem found in author data, located by a JSON path. */
export interface DataProblem {
  /** JSON path inside the file, e.g. `steps[3].actions[1].target`. */
  readonly path: string;
  readonly message: string;
}

/** Thrown by the parse functions; the element turns it into a visible error. */
export class DataError extends Error {
  readonly source: string;
  readonly problems: readonly DataProblem[];

  constructor(source: string, problems: readonly DataProblem[]) {
    const first = problems[0];
    super(
      first
        ? `${source}: ${first.path}: ${first.message}` +
            (problems.length > 1 ? ` (and ${problems.length - 1} more)` : '')
        : `${source}: invalid data`,
    );
    this.name = 'DataError';
    this.source = source;
    this.problems = problems;
  }
}
