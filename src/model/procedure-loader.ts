import { DEFAULT_PROCEDURE, DEFAULT_PROCEDURE_JSON, PROCEDURE_FILES, type ProcedureName } from './procedure-names.js';

const cache = new Map<string, unknown>([[DEFAULT_PROCEDURE, DEFAULT_PROCEDURE_JSON]]);
/** Whether the default procedure's context and aftercare texts are here (the build leaves them to a chunk). */
let textsHere = ['context', 'aftercare'].some((k) => k in (DEFAULT_PROCEDURE_JSON as object));
let loadingTexts: Promise<void> | undefined;
type Steps = { readonly steps: readonly { readonly patientTitle?: string; readonly wording?: readonly object[] }[] };
/** Whether the default procedure's patient texts are here (the build leaves them to a chunk of their own). */
let patientHere = (DEFAULT_PROCEDURE_JSON as Steps).steps.some((s) => 'patientTitle' in s);
let loadingPatient: Promise<void> | undefined;

/** The procedure's JSON if it is already here (the default always is, perhaps without its later texts). */
export function cachedProcedure(name: ProcedureName): unknown {
  return cache.get(name);
}

/** Fetches a bundled procedure's JSON once; resolves to undefined for `none` or an unknown name. */
export async function fetchProcedure(name: ProcedureName): Promise<unknown> {
  const load = PROCEDURE_FILES[name];
  if (!load) return undefined;
  if (!cache.has(name)) cache.set(name, await load());
  return cache.get(name);
}

/**
 * Whether the bundled procedure is here whole: false only for the default procedure in the build until its
 * clinical context and aftercare texts are loaded (loadProcedureTexts).
 */
export function hasProcedureTexts(name: ProcedureName): boolean {
  return name !== DEFAULT_PROCEDURE || textsHere;
}

/** Loads the default procedure's context and aftercare texts once (again after a failure). */
export function loadProcedureTexts(): Promise<void> {
  loadingTexts ??= import('./bundled-procedure-texts.js').then(
    (m) => {
      cache.set(DEFAULT_PROCEDURE, { ...(cache.get(DEFAULT_PROCEDURE) as object), ...m.DEFAULT_PROCEDURE_TEXTS });
      textsHere = true;
    },
    (error: unknown) => {
      loadingTexts = undefined;
      throw error;
    },
  );
  return loadingTexts;
}

/**
 * Whether the bundled procedure's patient texts are here: false only for the default procedure in the build until
 * they are loaded (loadPatientTexts).
 */
export function hasPatientTexts(name: ProcedureName): boolean {
  return name !== DEFAULT_PROCEDURE || patientHere;
}

/** Loads the default procedure's steps' patient texts once (again after a failure) and adds them step by step. */
export function loadPatientTexts(): Promise<void> {
  loadingPatient ??= import('./bundled-patient-texts.js').then(
    (m) => {
      const json = cache.get(DEFAULT_PROCEDURE) as Steps;
      const steps = json.steps.map((s, i) => {
        const { wording, ...texts } = m.DEFAULT_PATIENT_TEXTS[i] ?? {};
        return {
          ...s,
          ...texts,
          ...(s.wording && { wording: s.wording.map((w, j) => ({ ...w, ...wording?.[j] })) }),
        };
      });
      cache.set(DEFAULT_PROCEDURE, { ...json, steps });
      patientHere = true;
    },
    (error: unknown) => {
      loadingPatient = undefined;
      throw error;
    },
  );
  return loadingPatient;
}
