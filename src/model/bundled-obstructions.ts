import obstructions from '../../data/obstructions.json';
import type { Anatomy } from './parse-anatomy.js';
import { parseObstructions, type ObstructionCase, type Obstructions } from './parse-obstructions.js';

/** data/obstructions.json as shipped. */
export const BUNDLED_OBSTRUCTIONS: unknown = obstructions;

let plain: Obstructions | null = null;
const checked = new WeakMap<Anatomy, Obstructions>();

/**
 * The bundled obstruction cases, parsed once (and checked against `anatomy`
 * when given). Throws a DataError if the bundled file is broken.
 */
export function bundledObstructions(anatomy?: Anatomy): Obstructions {
  if (!anatomy) return (plain ??= parseObstructions(BUNDLED_OBSTRUCTIONS));
  let parsed = checked.get(anatomy);
  if (!parsed) checked.set(anatomy, (parsed = parseObstructions(BUNDLED_OBSTRUCTIONS, anatomy)));
  return parsed;
}

/** A bundled case by id; throws for an unknown id. */
export function obstructionCase(id: string, anatomy?: Anatomy): ObstructionCase {
  const found = bundledObstructions(anatomy).byId.get(id);
  if (!found) throw new Error(`unknown obstruction case "${id}"`);
  return found;
}
