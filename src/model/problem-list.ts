import type { DataProblem } from './data-error.js';

/**
 * Collects problems once per path and message. A problem found only while
 * checking some approaches names them, e.g. "(left approach)".
 */
export class ProblemList {
  private readonly found = new Map<string, { path: string; message: string; approaches: Set<string> }>();

  add(path: string, message: string, approach = ''): void {
    const key = `${path}\u0000${message}`;
    const entry = this.found.get(key) ?? { path, message, approaches: new Set<string>() };
    entry.approaches.add(approach);
    this.found.set(key, entry);
  }

  /** The problems; `all` lists every approach checked, to drop redundant tags. */
  list(all: readonly string[]): DataProblem[] {
    return [...this.found.values()].map(({ path, message, approaches }) => {
      const named = [...approaches].filter(Boolean);
      const everywhere = approaches.has('') || all.every((a) => approaches.has(a));
      return { path, message: everywhere ? message : `${message} (${named.join(', ')} approach)` };
    });
  }
}
