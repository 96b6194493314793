import ptcd from '../../data/procedures/ptcd.json';

/** A step's patient texts: its own and those of its wordings, in the file's order. */
export interface PatientStepTexts {
  readonly patient?: string;
  readonly patientTitle?: string;
  readonly wording?: readonly { readonly patient?: string; readonly patientTitle?: string }[];
}

const only = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k === 'patient' || k === 'patientTitle'));

/**
 * The default procedure's steps' patient texts, step by step, which only a widget for a patient shows. The build
 * gives this module a copy of the file with these alone and the engine a copy without them
 * (scripts/lazy-texts-plugin.mjs); the test runner serves the whole file to both.
 */
export const DEFAULT_PATIENT_TEXTS: readonly PatientStepTexts[] = (
  ptcd as { steps: readonly (object & { wording?: readonly object[] })[] }
).steps.map((s) => ({ ...only(s), ...(s.wording && { wording: s.wording.map(only) }) }));
