import { arcTo, pointOnDuct } from './route-helpers.js';
import type { Point } from '../../src/model/anatomy-schema.js';
import { bundledObstructions } from '../../src/model/bundled-obstructions.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import type { ObstructionCase } from '../../src/model/obstruction-schema.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import type { Timeline } from '../../src/timeline/timeline-types.js';

export { arcTo };

/** The bundled anatomy, parsed once for the case tests. */
export const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
/** The bundled obstruction cases. */
export const cases = bundledObstructions().cases;
/** A bundled case by id. */
export const caseOf = (id: string) => cases.find((c) => c.id === id)!;
/** A bundled procedure, parsed. */
export const procedure = (name: string) => parseProcedure(BUNDLED_PROCEDURES[name], anatomy, `${name}.json`);
/** The biliary approaches. */
export const APPROACHES = ['right', 'left'] as const;
/** The punctured peripheral duct and its parent, per approach. */
export const ACCESS: Record<string, string[]> = {
  right: ['segment-6-duct', 'right-posterior-duct'],
  left: ['segment-3-duct', 'left-lateral-duct'],
};
/** The point at centreline fraction f of a duct. */
export const pointOn = (duct: string, f: number): Point => pointOnDuct(anatomy, duct, f);
/** Whether a contrast span covers more than 5% of its duct. */
export const filled = (span: readonly [number, number] | undefined) => span !== undefined && span[1] - span[0] > 0.05;
/** Whether a duct lies wholly inside one of the case's lesions. */
export const engulfed = (c: ObstructionCase, duct: string) =>
  c.lesions.some((l) => l.duct === duct && l.span[0] <= 0 && l.span[1] >= 1);
/** The state at the end of the step with this id. */
export const atStepEnd = (timeline: Timeline, id: string) =>
  sampleTimeline(
    timeline,
    stepEndTime(
      timeline,
      timeline.steps.findIndex((s) => s.id === id),
    ),
  );
