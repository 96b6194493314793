import access from '../../data/anatomy/access.json';
import ducts from '../../data/anatomy/ducts.json';
import liver from '../../data/anatomy/liver.json';
import skeleton from '../../data/anatomy/skeleton.json';
import thorax from '../../data/anatomy/thorax.json';
import vessels from '../../data/anatomy/vessels.json';
import viscera from '../../data/anatomy/viscera.json';
import type { StructureTexts } from './structure-texts.js';

/*
 * The bundled structures' descriptions by id. The build gives this module a copy of each anatomy file with
 * only these texts (scripts/lazy-texts-plugin.mjs), and the first-paint chunk a copy without them.
 */
const files: readonly { structures: readonly StructureTexts[] }[] = [
  skeleton,
  thorax,
  liver,
  vessels,
  viscera,
  ducts,
  access,
];

/** Description and plain description of every bundled structure, by id. */
export const BUNDLED_STRUCTURE_TEXTS: ReadonlyMap<string, StructureTexts> = new Map(
  files.flatMap((f) => f.structures.map((s) => [s.id, s] as const)),
);
