import { DataError } from './data-error.js';

/** Parses JSON text of at most `cap` characters, or throws a DataError (`too-large`, `bad-json`). */
export function parseJsonText(text: string, source: string, cap: number): unknown {
  if (text.length > cap) {
    throw new DataError(
      source,
      [{ path: '(root)', message: `is ${text.length} bytes; the limit is ${cap}` }],
      'too-large',
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new DataError(
      source,
      [{ path: '(root)', message: `is not valid JSON: ${(e as Error).message}` }],
      'bad-json',
    );
  }
}
