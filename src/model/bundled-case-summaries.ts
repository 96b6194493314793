import obstructions from '../../data/obstructions.json';

/** A case's summary in both registers: what `{obstruction}` stands for in a step text. */
export interface CaseSummary {
  readonly clinician: string;
  readonly patient: string;
}

/*
 * The bundled cases' summaries by id. The build gives this module a copy of data/obstructions.json with only the
 * summaries of the cases other than the default, and the engine a copy with the default case's summary alone.
 */
const file: { readonly cases: readonly { readonly id: string; readonly summary: CaseSummary }[] } = obstructions;

/** The summaries of the bundled cases (in the build, of those other than the default), by case id. */
export const BUNDLED_CASE_SUMMARIES: ReadonlyMap<string, CaseSummary> = new Map(
  file.cases.map((c) => [c.id, c.summary]),
);
