import { obstructionCase } from './bundled-obstructions.js';
import type { ObstructionCase } from './obstruction-schema.js';
import type { Procedure } from './procedure-schema.js';
import { DEFAULT_STENT, type StentName } from './stent-names.js';

/** Why a procedure does not suit an obstruction case, for clinicians and in plain language. */
export interface Unsuitability {
  readonly reason: string;
  readonly patientReason: string;
}

/**
 * Whether `procedure` suits `obstruction` (a bundled case id or a case):
 * null when it does, else the reason from the first of the procedure's
 * `unsuitable` rules whose conditions all hold. The stent type matters for
 * the stent procedure (default `mesh`). compileTimeline still compiles an
 * unsuitable pair; the element shows this reason instead.
 */
export function checkSuitability(
  procedure: Pick<Procedure, 'unsuitable'>,
  obstruction: string | ObstructionCase,
  options: { readonly stent?: StentName } = {},
): Unsuitability | null {
  const found = typeof obstruction === 'string' ? obstructionCase(obstruction) : obstruction;
  const stent = options.stent ?? DEFAULT_STENT;
  for (const rule of procedure.unsuitable ?? []) {
    const w = rule.when;
    if (w.malignant !== undefined && w.malignant !== found.malignant) continue;
    if (w.obstruction && !w.obstruction.includes(found.id)) continue;
    if (w.stent && !w.stent.includes(stent)) continue;
    return { reason: rule.reason, patientReason: rule.patientReason };
  }
  return null;
}
