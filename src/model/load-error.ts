import { DataError } from './data-error.js';

/**
 * A bundled procedure whose file never arrived (a lazy chunk missing beside the bundle, or the network): the
 * data itself was never seen, so the message names the file and the fetch, not a data fault.
 */
export class LoadError extends DataError {
  /** The procedure name whose file failed, e.g. `stent`. */
  readonly procedure: string;
  /** The browser's reason, e.g. "Failed to fetch dynamically imported module: …/stent-x1y2.js". */
  readonly reason: string;

  constructor(procedure: string, cause: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`${procedure}.json`, [{ path: '(file)', message: `could not be loaded: ${reason}` }]);
    this.name = 'LoadError';
    this.procedure = procedure;
    this.reason = reason;
  }
}
