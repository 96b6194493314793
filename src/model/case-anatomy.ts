import type { Structure } from './anatomy-schema.js';
import type { ObstructionCase } from './obstruction-schema.js';
import type { Anatomy } from './parse-anatomy.js';

/** An anatomy as a case's surgery left it, with the route ids that case replaces. */
export interface CaseAnatomy extends Anatomy {
  /** Route id → the ids that stand for it (empty: dropped). */
  readonly routeAliases?: Readonly<Record<string, readonly string[]>>;
}

const derived = new WeakMap<Anatomy, Map<string, CaseAnatomy>>();

/**
 * The anatomy a case is drawn and compiled with: unchanged for a case without
 * surgery; otherwise without the removed structures, with the shown ones
 * drawn, and with joined ducts draining into their new landmark (a
 * hepaticojejunostomy: the CHD into the Roux limb). Remembered per anatomy
 * and case, so the scene's shape caches keep working.
 */
export function caseAnatomy(anatomy: Anatomy, c: Pick<ObstructionCase, 'id' | 'anatomy'> | undefined): CaseAnatomy {
  const change = c?.anatomy;
  if (!c || !change) return anatomy;
  const known = derived.get(anatomy)?.get(c.id);
  if (known) return known;
  const gone = new Set(change.remove);
  const shown = new Set(change.show);
  const structures = anatomy.structures
    .filter((s) => !gone.has(s.id))
    .map((s): Structure => {
      const parent = change.join[s.id];
      if (!shown.has(s.id) && !parent) return s;
      return { ...s, ...(shown.has(s.id) ? { hidden: false } : {}), ...(parent ? { parent } : {}) };
    });
  const out: CaseAnatomy = {
    structures,
    byId: new Map(structures.map((s) => [s.id, s])),
    routeAliases: change.routes,
  };
  if (!derived.has(anatomy)) derived.set(anatomy, new Map());
  derived.get(anatomy)!.set(c.id, out);
  return out;
}
