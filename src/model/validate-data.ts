import { bundledObstructionsJson } from './bundled-obstructions.js';
import type { Anatomy } from './parse-anatomy.js';
import { parseAnatomy } from './parse-anatomy.js';
import { parseObstructions } from './parse-obstructions.js';
import { parseProcedure } from './parse-procedure.js';
import type { Procedure } from './procedure-schema.js';

/** How loaded data becomes a model: validated (author data) or trusted (bundled, validated by the tests). */
export interface DataParsers {
  anatomy(files: Readonly<Record<string, unknown>>): Anatomy;
  procedure(json: unknown, anatomy: Anatomy, source: string): Procedure;
}

/**
 * Full validation with JSON paths, for author data. This module brings the
 * validator (valibot) and is loaded only when author data is given.
 */
export const validatingParsers: DataParsers = {
  anatomy(files) {
    const anatomy = parseAnatomy(files);
    // The bundled obstruction cases must name ducts this anatomy has.
    parseObstructions(bundledObstructionsJson(), anatomy);
    return anatomy;
  },
  procedure: parseProcedure,
};
