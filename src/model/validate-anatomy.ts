import { bundledObstructionsJson } from './bundled-obstructions.js';
import { parseAnatomy, type Anatomy } from './parse-anatomy.js';
import { parseObstructions } from './parse-obstructions.js';

/**
 * Validates author anatomy files (see parseAnatomy) and checks that every bundled obstruction case names ducts and
 * labels this anatomy has: the cases are drawn on it. The element loads this module only for author anatomy, apart
 * from the procedure validator, so an author procedure alone does not fetch the anatomy and obstruction schemas.
 */
export function validateAnatomy(files: Readonly<Record<string, unknown>>): Anatomy {
  const anatomy = parseAnatomy(files);
  parseObstructions(bundledObstructionsJson(), anatomy);
  return anatomy;
}
