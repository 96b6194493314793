import {
  DEFAULT_PROCEDURE,
  DEFAULT_PROCEDURE_JSON,
  PATIENT_TEXTS,
  PROCEDURE_FILES,
  PROCEDURE_TEXTS,
  type ProcedureName,
} from './procedure-names.js';

type Step = { readonly patientTitle?: string; readonly wording?: readonly object[] };
type Steps = { readonly steps: readonly Step[] };
type PatientSteps = { readonly steps?: readonly (Step & { readonly wording?: readonly object[] })[] };

const LATER = ['context', 'aftercare'];
const PATIENT = ['patient', 'patientTitle'];
const pick = (o: object | undefined, keys: readonly string[]) =>
  Object.fromEntries(Object.entries(o ?? {}).filter(([k]) => keys.includes(k)));

const cache = new Map<string, unknown>();
/** Procedures whose clinical context and aftercare texts are here. */
const withTexts = new Set<string>();
/** Procedures whose steps' patient texts are here. */
const withPatient = new Set<string>();
const loadingTexts = new Map<string, Promise<void>>();
const loadingPatient = new Map<string, Promise<void>>();

/**
 * Keeps a procedure's JSON as it arrived. The build's copy has no clinical context, aftercare or step patient
 * titles (they are chunks of their own); the test runner's has them, and then nothing more is fetched.
 */
function keep(name: string, json: unknown): void {
  cache.set(name, json);
  if (LATER.some((k) => k in (json as object))) withTexts.add(name);
  if ((json as Steps).steps.some((s) => 'patientTitle' in s)) withPatient.add(name);
}
keep(DEFAULT_PROCEDURE, DEFAULT_PROCEDURE_JSON);

/** The procedure's JSON if it is already here (the default always is, perhaps without its later texts). */
export function cachedProcedure(name: ProcedureName): unknown {
  return cache.get(name);
}

/** Fetches a bundled procedure's JSON once; resolves to undefined for `none` or an unknown name. */
export async function fetchProcedure(name: ProcedureName): Promise<unknown> {
  const load = PROCEDURE_FILES[name];
  if (!load) return undefined;
  if (!cache.has(name)) keep(name, await load());
  return cache.get(name);
}

/** Whether a bundled procedure's clinical context and aftercare texts are here (see loadProcedureTexts). */
export function hasProcedureTexts(name: ProcedureName): boolean {
  return withTexts.has(name) || !PROCEDURE_TEXTS[name];
}

/** Whether a bundled procedure's steps' patient texts are here (see loadPatientTexts). */
export function hasPatientTexts(name: ProcedureName): boolean {
  return withPatient.has(name) || !PATIENT_TEXTS[name];
}

/** Fetches `name`'s chunk once (again after a failure) and merges it into the cached JSON with `merge`. */
function loadOnce(
  name: string,
  loading: Map<string, Promise<void>>,
  done: Set<string>,
  load: (() => Promise<unknown>) | undefined,
  merge: (json: object, part: object) => object,
): Promise<void> {
  let task = loading.get(name);
  if (!task) {
    task = Promise.all([fetchProcedure(name), load?.()]).then(
      ([, part]) => {
        // The cache as it is now: the other texts may have been merged in meanwhile.
        const json = cache.get(name) as object | undefined;
        if (!done.has(name) && json && part) cache.set(name, merge(json, part));
        done.add(name);
      },
      (error: unknown) => {
        loading.delete(name);
        throw error;
      },
    );
    loading.set(name, task);
  }
  return task;
}

/** Loads a bundled procedure's clinical context and aftercare texts once and adds them to its JSON. */
export function loadProcedureTexts(name: ProcedureName): Promise<void> {
  return loadOnce(name, loadingTexts, withTexts, PROCEDURE_TEXTS[name], (json, part) => ({
    ...json,
    ...pick(part, LATER),
  }));
}

/** Loads a bundled procedure's steps' patient texts once and adds them step by step and wording by wording. */
export function loadPatientTexts(name: ProcedureName): Promise<void> {
  return loadOnce(name, loadingPatient, withPatient, PATIENT_TEXTS[name], (json, part) => {
    const texts = (part as PatientSteps).steps ?? [];
    const steps = (json as Steps).steps.map((s, i) => ({
      ...s,
      ...pick(texts[i], PATIENT),
      ...(s.wording && { wording: s.wording.map((w, j) => ({ ...w, ...pick(texts[i]?.wording?.[j], PATIENT) })) }),
    }));
    return { ...json, steps };
  });
}
