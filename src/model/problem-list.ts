import type { DataProblem } from './data-error.js';

/**
 * Collects problems once per path and message. A problem found only while
 * checking some variants names them, e.g. "(left approach)" or
 * "(right approach, obstruction hilar-4)". A variant is written
 * `approach|condition|…`; a plain approach is the usual case.
 */
export class ProblemList {
  private readonly found = new Map<string, { path: string; message: string; variants: Set<string> }>();

  add(path: string, message: string, variant = ''): void {
    const key = `${path}\u0000${message}`;
    const entry = this.found.get(key) ?? { path, message, variants: new Set<string>() };
    entry.variants.add(variant);
    this.found.set(key, entry);
  }

  /** The problems; `all` lists every variant checked, to drop redundant tags. */
  list(all: readonly string[]): DataProblem[] {
    return [...this.found.values()].map(({ path, message, variants }) => {
      const everywhere = variants.has('') || all.every((a) => variants.has(a));
      return { path, message: everywhere ? message : `${message} (${describe(variants, all)})` };
    });
  }
}

/** Names the failing variants, folding an approach whose every variant fails into "<approach> approach". */
function describe(failing: ReadonlySet<string>, all: readonly string[]): string {
  const parts: string[] = [];
  const approaches = [...new Set(all.map((a) => a.split('|')[0]!))];
  for (const approach of approaches) {
    const mine = all.filter((a) => a.split('|')[0] === approach);
    const bad = mine.filter((a) => failing.has(a));
    if (!bad.length) continue;
    if (bad.length === mine.length) parts.push(`${approach} approach`);
    else for (const b of bad) parts.push([`${approach} approach`, ...b.split('|').slice(1)].join(', '));
  }
  return parts.join('; ');
}
