import * as v from 'valibot';
import { checkDevices, variantTag } from './check-devices.js';
import { checkProcedureSize } from './check-size.js';
import { checkReferences } from './check-references.js';
import { DataError } from './data-error.js';
import { issueProblem } from './issue-message.js';
import { OBSTRUCTION_NAMES } from './obstruction-names.js';
import type { Anatomy } from './parse-anatomy.js';
import { ProblemList } from './problem-list.js';
import { ProcedureSchema, type Procedure } from './procedure-schema.js';
import { withSharedRoutes } from './resolve-procedure.js';
import { expandSequences, type ActionOrigin } from './expand-sequences.js';
import { STENT_NAMES } from './stent-names.js';
import type { WhenCondition } from './schema-atoms.js';
import type { Variant } from './when-holds.js';

export type { Procedure } from './procedure-schema.js';

/**
 * Every way the procedure can be compiled that its conditions tell apart:
 * each approach it offers, times every obstruction case and every stent type
 * if some step or action depends on them.
 */
export function procedureVariants(p: Procedure): Variant[] {
  const conditions: WhenCondition[] = p.steps.flatMap((s) => [
    ...(s.when ? [s.when] : []),
    ...s.actions.flatMap((a) => (a.when ? [a.when] : [])),
  ]);
  const obstructions = conditions.some((w) => w.obstruction) ? OBSTRUCTION_NAMES : [undefined];
  const stents = conditions.some((w) => w.stent) ? STENT_NAMES : [undefined];
  return p.options.approach.values.flatMap((approach) =>
    obstructions.flatMap((obstruction) => stents.map((stent) => ({ approach, obstruction, stent }))),
  );
}

/** `steps[i].actions[j]` of the expanded steps as written in the file (with the sequence item, if any). */
function originalPath(path: string, origins: readonly (readonly ActionOrigin[])[]): string {
  const m = /^steps\[(\d+)\]\.actions\[(\d+)\](.*)$/.exec(path);
  const origin = m && origins[Number(m[1])]?.[Number(m[2])];
  if (!m || !origin) return path;
  return `steps[${m[1]}].actions[${origin.index}]${origin.via ? ` → ${origin.via}` : ''}${m[3]}`;
}

/**
 * Validates a procedure file against the anatomy it animates. Throws a
 * DataError (source = `source`) whose problems carry JSON paths such as
 * `steps[3].actions[1].route`: schema faults first; if the shape is right,
 * every anatomy id, camera preset, route, stop and device reference, and
 * every action's timing, checked for each approach the procedure offers (and
 * each obstruction case and stent type its conditions name).
 */
export function parseProcedure(json: unknown, anatomy: Anatomy, source = 'procedure'): Procedure {
  checkProcedureSize(json, source);
  const result = v.safeParse(ProcedureSchema, json);
  if (!result.success) {
    throw new DataError(source, result.issues.map(issueProblem));
  }
  const problems = new ProblemList();
  // Sequence faults are found in the file's own action order; later checks see the expanded order.
  const written = new ProblemList();
  const file = result.output;
  const origins: ActionOrigin[][] = [];
  const steps = file.steps.map((step, i) => {
    const expanded = expandSequences(step.actions, file.sequences, `steps[${i}].actions`, written);
    origins.push(expanded.origins);
    return { ...step, actions: expanded.actions };
  });
  const shared = withSharedRoutes(file, (name, route) =>
    problems.add(`routes.${name}`, `unknown shared route "${route}" (data/routes.json)`),
  );
  const procedure = { ...file, ...shared, steps } as Procedure;
  checkReferences(procedure, anatomy, problems);
  const variants = procedureVariants(procedure);
  for (const variant of variants) checkDevices(procedure, variant, problems);
  const list = [
    ...written.list([]),
    ...problems.list(variants.map(variantTag)).map((p) => ({ ...p, path: originalPath(p.path, origins) })),
  ];
  if (list.length) throw new DataError(source, list);
  return procedure;
}
