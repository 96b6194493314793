import type { Anatomy } from './parse-anatomy.js';
import { parseProcedure } from './parse-procedure.js';
import type { Procedure } from './procedure-schema.js';
import { validateAnatomy } from './validate-anatomy.js';

/** How loaded data becomes a model: validated (author data) or trusted (bundled, validated by the tests). */
export interface DataParsers {
  anatomy(files: Readonly<Record<string, unknown>>): Anatomy;
  procedure(json: unknown, anatomy: Anatomy, source: string): Procedure;
}

/**
 * Full validation with JSON paths, for author data (valibot and the schemas). The element loads its two halves
 * apart, each only when that kind of author data is given: validate-anatomy.ts and parse-procedure.ts.
 */
export const validatingParsers: DataParsers = {
  anatomy: validateAnatomy,
  procedure: parseProcedure,
};
