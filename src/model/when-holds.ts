import type { Approach, WhenCondition } from './schema-atoms.js';
import type { StentName } from './stent-names.js';

/** One way a procedure can be compiled: the approach, the obstruction case id and the stent type. */
export interface Variant {
  readonly approach: Approach;
  readonly obstruction?: string;
  readonly stent?: StentName;
}

/** Whether a step's or an action's `when` holds for a variant (no `when` always holds). */
export function whenHolds(when: WhenCondition | undefined, variant: Variant): boolean {
  if (!when) return true;
  if (when.approach !== undefined && when.approach !== variant.approach) return false;
  if (when.obstruction && !when.obstruction.includes(variant.obstruction ?? '')) return false;
  if (when.stent && !when.stent.includes(variant.stent as StentName)) return false;
  return true;
}
