import { DataError } from './data-error.js';
import { LIMITS } from './limits.js';

const tooLarge = (source: string, path: string, message: string) =>
  new DataError(source, [{ path, message }], 'too-large');

/** Deeper nesting than any schema allows (this also stops at a cycle). */
const MAX_DEPTH = 32;

/**
 * About the JSON text length of `json`, counted only until it passes `cap`
 * (so a huge value costs no more than a small one). Throws a DataError for
 * values that are not JSON data: too deep, cyclic, functions, BigInts.
 */
export function jsonBytes(json: unknown, source: string, cap: number): number {
  let bytes = 0;
  const walk = (value: unknown, depth: number): void => {
    if (bytes > cap) return;
    if (depth > MAX_DEPTH) {
      throw new DataError(source, [{ path: '(root)', message: `is nested more than ${MAX_DEPTH} levels deep` }]);
    }
    if (typeof value === 'string') bytes += value.length + 2;
    else if (Array.isArray(value)) {
      bytes += 2;
      for (const item of value) walk(item, depth + 1);
    } else if (value && typeof value === 'object') {
      bytes += 2;
      for (const [key, item] of Object.entries(value)) {
        bytes += key.length + 4;
        walk(item, depth + 1);
      }
    } else if (typeof value === 'bigint' || typeof value === 'function' || typeof value === 'symbol') {
      throw new DataError(source, [{ path: '(root)', message: `holds a ${typeof value}, which is not JSON data` }]);
    } else bytes += 8;
  };
  walk(json, 0);
  return bytes;
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
  const caps = { steps: LIMITS.steps, routes: LIMITS.routes, points: LIMITS.routes } as const;
  for (const [key, cap] of Object.entries(caps)) {
    const n = count(json, key);
    if (n > cap) throw tooLarge(source, key, `has ${n} entries; the limit is ${cap}`);
  }
  if (jsonBytes(json, source, LIMITS.procedureBytes) > LIMITS.procedureBytes) {
    throw tooLarge(source, '(root)', `is larger than the limit of ${LIMITS.procedureBytes} bytes`);
  }
}

/** Rejects anatomy files past the documented caps (bytes, files, structures) before detailed validation. */
export function checkAnatomySize(files: Readonly<Record<string, unknown>>, source: string): void {
  const names = Object.keys(files);
  if (names.length > LIMITS.files) {
    throw tooLarge(source, '(root)', `has ${names.length} files; the limit is ${LIMITS.files}`);
  }
  const structures = names.reduce((sum, name) => sum + count(files[name], 'structures'), 0);
  if (structures > LIMITS.structures) {
    throw tooLarge(source, '(root)', `has ${structures} structures; the limit is ${LIMITS.structures}`);
  }
  let bytes = 0;
  for (const name of names) bytes += jsonBytes(files[name], `${source}: ${name}`, LIMITS.anatomyBytes - bytes);
  if (bytes > LIMITS.anatomyBytes) {
    throw tooLarge(source, '(root)', `is larger than the limit of ${LIMITS.anatomyBytes} bytes`);
  }
}
