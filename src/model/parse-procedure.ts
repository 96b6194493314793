import * as v from 'valibot';
import { checkDevices } from './check-devices.js';
import { checkReferences } from './check-references.js';
import { DataError } from './data-error.js';
import { formatIssuePath } from './format-issue-path.js';
import type { Anatomy } from './parse-anatomy.js';
import { ProblemList } from './problem-list.js';
import { ProcedureSchema, type Procedure } from './procedure-schema.js';

export type { Procedure } from './procedure-schema.js';

/**
 * Validates a procedure file against the anatomy it animates. Throws a
 * DataError (source = `source`) whose problems carry JSON paths such as
 * `steps[3].actions[1].route`: schema faults first; if the shape is right,
 * every anatomy id, camera preset, route, stop and device reference, and
 * every action's timing, checked for each approach the procedure offers.
 */
export function parseProcedure(json: unknown, anatomy: Anatomy, source = 'procedure'): Procedure {
  const result = v.safeParse(ProcedureSchema, json);
  if (!result.success) {
    throw new DataError(
      source,
      result.issues.map((issue) => ({ path: formatIssuePath(issue), message: issue.message })),
    );
  }
  const procedure = result.output;
  const problems = new ProblemList();
  checkReferences(procedure, anatomy, problems);
  const approaches = procedure.options.approach.values;
  for (const approach of approaches) checkDevices(procedure, approach, problems);
  const list = problems.list(approaches);
  if (list.length) throw new DataError(source, list);
  return procedure;
}
