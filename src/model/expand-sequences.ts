import * as v from 'valibot';
import { ActionSchema, type Action } from './action-schema.js';
import { formatIssuePath } from './format-issue-path.js';
import { issueMessage } from './issue-message.js';
import type { ProblemList } from './problem-list.js';
import { expandUses, type ActionOrigin } from './resolve-procedure.js';
import type { UseAction } from './sequence-schema.js';

export type { ActionOrigin } from './resolve-procedure.js';

/**
 * Expands each `use` action (see expandUses) and validates every expanded
 * action. Problems name the step's action and the sequence item, e.g.
 * `steps[4].actions[1] → pull-out[0].to`.
 */
export function expandSequences(
  actions: readonly (Action | UseAction)[],
  own: Readonly<Record<string, readonly Record<string, unknown>[]>>,
  path: string,
  problems: ProblemList,
): { actions: Action[]; origins: ActionOrigin[] } {
  return expandUses<Action>(
    actions,
    own,
    (item, index, via) => {
      const result = v.safeParse(ActionSchema, item);
      if (result.success) return result.output;
      for (const issue of result.issues) {
        problems.add(`${path}[${index}] → ${via}.${formatIssuePath(issue)}`, issueMessage(issue));
      }
      return undefined;
    },
    (index, sequence) => problems.add(`${path}[${index}].sequence`, `unknown sequence "${sequence}"`),
  );
}
