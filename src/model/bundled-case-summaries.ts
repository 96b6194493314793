import obstructions from '../../data/obstructions.json';

/** A case's summary in both registers: what `{obstruction}` stands for in a step text. */
export interface CaseSummary {
  readonly clinician: string;
  readonly patient: string;
}

/** A bundled case as written in data/obstructions.json. */
export interface BundledCase {
  readonly id: string;
  readonly summary?: CaseSummary;
}

/*
 * The build gives this module a copy of data/obstructions.json with the cases other than the default alone, whole,
 * and the engine a copy with the default case alone (scripts/lazy-texts-plugin.mjs); the test runner serves the
 * whole file to both.
 */
const file: { readonly cases: readonly BundledCase[] } = obstructions;

/** The bundled cases (in the build, those other than the default), as written. */
export const BUNDLED_OTHER_CASES: readonly BundledCase[] = file.cases;
