import obstructions from '../../data/obstructions.json';
import type { CaseSummary } from './bundled-case-summaries.js';
import type { ObstructionCase, Obstructions } from './parse-obstructions.js';
import { trustedObstructions } from './trusted-data.js';

/** data/obstructions.json as shipped. */
export const BUNDLED_OBSTRUCTIONS: unknown = obstructions;

let bundled: Obstructions | null = null;
let summaries: ReadonlyMap<string, CaseSummary> | undefined;
let loading: Promise<void> | undefined;

type Cases = { readonly cases: readonly { readonly id: string; readonly summary?: CaseSummary }[] };

/** The file with the lazily loaded summaries filled in where the build left them out. */
function withSummaries(json: unknown): unknown {
  const file = json as Cases;
  if (!summaries) return file;
  const found = summaries;
  return { ...file, cases: file.cases.map((c) => (c.summary ? c : { ...c, summary: found.get(c.id) })) };
}

/**
 * The bundled obstruction cases, with the schema's defaults. The tests
 * validate the file (against the bundled anatomy too), so it is not
 * validated here; parseObstructions checks it against another anatomy.
 */
export function bundledObstructions(): Obstructions {
  return (bundled ??= trustedObstructions(withSummaries(BUNDLED_OBSTRUCTIONS)));
}

/**
 * Whether a bundled case's summary is here: the build keeps the default case's summary in the engine and the
 * others' in a lazy chunk (loadCaseSummaries). True for an unknown id, which has none to wait for.
 */
export function hasCaseSummary(id: string): boolean {
  const found = bundledObstructions().byId.get(id) as { summary?: CaseSummary } | undefined;
  return !found || found.summary !== undefined;
}

/** Loads the other cases' summaries once (again after a failure). */
export function loadCaseSummaries(): Promise<void> {
  loading ??= import('./bundled-case-summaries.js').then(
    (m) => {
      summaries = m.BUNDLED_CASE_SUMMARIES;
      bundled = null;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** A bundled case by id; throws for an unknown id. */
export function obstructionCase(id: string): ObstructionCase {
  const found = bundledObstructions().byId.get(id);
  if (!found) throw new Error(`unknown obstruction case "${id}"`);
  return found;
}
