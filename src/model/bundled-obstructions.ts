import obstructions from '../../data/obstructions.json';
import type { ObstructionCase, Obstructions } from './parse-obstructions.js';
import { trustedObstructions } from './trusted-data.js';

/** data/obstructions.json as shipped. */
export const BUNDLED_OBSTRUCTIONS: unknown = obstructions;

let bundled: Obstructions | null = null;

/**
 * The bundled obstruction cases, with the schema's defaults. The tests
 * validate the file (against the bundled anatomy too), so it is not
 * validated here; parseObstructions checks it against another anatomy.
 */
export function bundledObstructions(): Obstructions {
  return (bundled ??= trustedObstructions(BUNDLED_OBSTRUCTIONS));
}

/** A bundled case by id; throws for an unknown id. */
export function obstructionCase(id: string): ObstructionCase {
  const found = bundledObstructions().byId.get(id);
  if (!found) throw new Error(`unknown obstruction case "${id}"`);
  return found;
}
