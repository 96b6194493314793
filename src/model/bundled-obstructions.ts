import obstructions from '../../data/obstructions.json';
import type { BundledCase } from './bundled-case-summaries.js';
import { OBSTRUCTION_NAMES } from './obstruction-names.js';
import type { ObstructionCase, Obstructions } from './parse-obstructions.js';
import { trustedObstructions } from './trusted-data.js';

/** data/obstructions.json as shipped. */
export const BUNDLED_OBSTRUCTIONS: unknown = obstructions;

let bundled: Obstructions | null = null;
let others: readonly BundledCase[] | undefined;
let loading: Promise<void> | undefined;

/** The file with the lazily loaded cases added where the build left them out. */
function withOtherCases(json: unknown): unknown {
  const file = json as { readonly cases: readonly BundledCase[] };
  if (!others) return file;
  const here = new Set(file.cases.map((c) => c.id));
  return { ...file, cases: [...file.cases, ...others.filter((c) => !here.has(c.id))] };
}

/** data/obstructions.json with every case that is here: in the build, the default alone until the others load. */
export function bundledObstructionsJson(): unknown {
  return withOtherCases(BUNDLED_OBSTRUCTIONS);
}

/**
 * The bundled obstruction cases, with the schema's defaults. The tests
 * validate the file (against the bundled anatomy too), so it is not
 * validated here; parseObstructions checks it against another anatomy.
 */
export function bundledObstructions(): Obstructions {
  return (bundled ??= trustedObstructions(bundledObstructionsJson()));
}

/**
 * Whether a bundled case is here: the build keeps the default case in the engine and the others in a lazy chunk
 * (loadOtherCases). True for an unknown id, which has none to wait for.
 */
export function hasCase(id: string): boolean {
  return bundledObstructions().byId.has(id) || !(OBSTRUCTION_NAMES as readonly string[]).includes(id);
}

/** Loads the cases other than the default once (again after a failure). */
export function loadOtherCases(): Promise<void> {
  loading ??= import('./bundled-case-summaries.js').then(
    (m) => {
      others = m.BUNDLED_OTHER_CASES;
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
