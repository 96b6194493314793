import { DEFAULT_PROCEDURE, DEFAULT_PROCEDURE_JSON, PROCEDURE_FILES, type ProcedureName } from './procedure-names.js';

const cache = new Map<string, unknown>([[DEFAULT_PROCEDURE, DEFAULT_PROCEDURE_JSON]]);

/** The procedure's JSON if it is already here (the default always is). */
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
