import { checkSuitability, type Unsuitability } from '../model/check-suitability.js';
import { DataError } from '../model/data-error.js';
import type { ObstructionName } from '../model/obstruction-names.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { caseAnatomy } from '../model/case-anatomy.js';
import { obstructionCase } from '../model/bundled-obstructions.js';
import type { DataParsers } from '../model/validate-data.js';
import type { Procedure } from '../model/procedure-schema.js';
import type { StentName } from '../model/stent-names.js';
import { compileTimeline } from './compile-timeline.js';
import type { Timeline } from './timeline-types.js';

/** What the element shows: the anatomy, and the compiled procedure when there is one. */
export interface Loaded {
  readonly anatomy: Anatomy;
  readonly procedure?: Procedure;
  readonly timeline?: Timeline;
  /** Set when the procedure does not suit the obstruction: the element explains instead of animating. */
  readonly unsuitable: Unsuitability | null;
}

export interface LoadInput {
  readonly anatomyFiles: Readonly<Record<string, unknown>>;
  readonly procedure: string;
  /** The procedure's JSON: author data, or the bundled file once fetched; undefined for none. */
  readonly procedureData: unknown;
  /** Where author data came from (e.g. `procedureData`, a URL); absent for a bundled procedure. */
  readonly source?: string;
  readonly approach: string;
  readonly obstruction: ObstructionName;
  readonly stent: StentName;
}

/**
 * Parses (validating author data, see DataParsers) and compiles; throws a
 * DataError naming the source and JSON path of any fault.
 */
export function loadTimeline(input: LoadInput, parsers: DataParsers): Loaded {
  try {
    const anatomy = parsers.anatomy(input.anatomyFiles);
    const json = input.procedureData;
    if (json === undefined || json === null) return { anatomy, unsuitable: null };
    const source = input.source ?? `${input.procedure}.json`;
    const procedure = parsers.procedure(json, anatomy, source);
    const { approach, obstruction, stent } = input;
    const timeline = compileTimeline(procedure, anatomy, { approach, obstruction, stent });
    // A case after surgery (a hepaticojejunostomy) is drawn with the anatomy the surgery left.
    const operated = caseAnatomy(anatomy, obstructionCase(obstruction));
    return {
      anatomy: operated,
      procedure,
      timeline,
      unsuitable: checkSuitability(procedure, obstruction, { stent }),
    };
  } catch (e) {
    throw e instanceof DataError ? e : new DataError('data', [{ path: '(root)', message: String(e) }]);
  }
}
