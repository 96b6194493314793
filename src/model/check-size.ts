import { DataError } from './data-error.js';
import { LIMITS } from './limits.js';

const tooLarge = (source: string, path: string, message: string) =>
  new DataError(source, [{ path, message }], 'too-large');

/** The JSON text length of `json`; a DataError when it is not JSON data at all (a cycle, a BigInt). */
export function jsonBytes(json: unknown, source: string): number {
  try {
    return JSON.stringify(json)?.length ?? 0;
  } catch (e) {
    throw new DataError(source, [{ path: '(root)', message: `is not JSON data (${(e as Error).message})` }]);
  }
}

/** Length of `obj[key]` when it is an array or an object's keys, else 0. */
const count = (obj: unknown, key: string): number => {
  const value = (obj as Record<string, unknown> | null)?.[key];
  if (Array.isArray(value)) return value.length;
  return value && typeof value === 'object' ? Object.keys(value).length : 0;
};

/**
 * Rejects a procedure past the documented caps (bytes, steps, routes,
 * points) before it is validated in detail, so a huge one cannot freeze the page.
 */
export function checkProcedureSize(json: unknown, source: string): void {
  const bytes = jsonBytes(json, source);
  if (bytes > LIMITS.procedureBytes) {
    throw tooLarge(source, '(root)', `is ${bytes} bytes; the limit is ${LIMITS.procedureBytes}`);
  }
  const caps = { steps: LIMITS.steps, routes: LIMITS.routes, points: LIMITS.routes } as const;
  for (const [key, cap] of Object.entries(caps)) {
    const n = count(json, key);
    if (n > cap) throw tooLarge(source, key, `has ${n} entries; the limit is ${cap}`);
  }
}

/** Rejects anatomy files past the documented caps (bytes, files, structures) before detailed validation. */
export function checkAnatomySize(files: Readonly<Record<string, unknown>>, source: string): void {
  const names = Object.keys(files);
  if (names.length > LIMITS.files) {
    throw tooLarge(source, '(root)', `has ${names.length} files; the limit is ${LIMITS.files}`);
  }
  const bytes = names.reduce((sum, name) => sum + jsonBytes(files[name], `${source}: ${name}`), 0);
  if (bytes > LIMITS.anatomyBytes) {
    throw tooLarge(source, '(root)', `is ${bytes} bytes; the limit is ${LIMITS.anatomyBytes}`);
  }
  const structures = names.reduce((sum, name) => sum + count(files[name], 'structures'), 0);
  if (structures > LIMITS.structures) {
    throw tooLarge(source, '(root)', `has ${structures} structures; the limit is ${LIMITS.structures}`);
  }
}
