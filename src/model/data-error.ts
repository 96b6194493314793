/** One problem found in author data, located by a JSON path. */
export interface DataProblem {
  /** JSON path inside the file, e.g. `steps[3].actions[1].target`. */
  readonly path: string;
  readonly message: string;
}

/**
 * Why data was rejected: `invalid-data` (schema or references), `too-large`
 * (past a documented cap), `bad-json` (text that is not JSON) or
 * `load-failed` (a fetch that failed).
 */
export type DataErrorCode = 'invalid-data' | 'too-large' | 'bad-json' | 'load-failed';

/** Thrown by the parse functions; the element turns it into a visible error and an `li-error` event. */
export class DataError extends Error {
  readonly source: string;
  readonly problems: readonly DataProblem[];
  readonly code: DataErrorCode;

  constructor(source: string, problems: readonly DataProblem[], code: DataErrorCode = 'invalid-data') {
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
    this.code = code;
  }
}
