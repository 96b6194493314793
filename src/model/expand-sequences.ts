import * as v from 'valibot';
import sequences from '../../data/sequences.json';
import { ActionSchema, type Action } from './action-schema.js';
import { formatIssuePath } from './format-issue-path.js';
import type { ProblemList } from './problem-list.js';
import { SharedSequencesSchema, type UseAction } from './sequence-schema.js';

/** data/sequences.json, validated when the module loads (a broken file fails every test at once). */
export const SHARED_SEQUENCES = v.parse(SharedSequencesSchema, sequences).sequences;

/** Where an expanded action came from: its index in the step as written, and the sequence item if any. */
export interface ActionOrigin {
  readonly index: number;
  readonly via?: string;
}

/**
 * Replaces each `use` action by the sequence's actions, each acting on the
 * call's device: the first starts at the call's `at`, the last takes its
 * `name`, and all take its `when`. Problems name the step's action and the
 * sequence item, e.g. `steps[4].actions[1] → pull-out[0].to`.
 */
export function expandSequences(
  actions: readonly (Action | UseAction)[],
  own: Readonly<Record<string, readonly Record<string, unknown>[]>>,
  path: string,
  problems: ProblemList,
): { actions: Action[]; origins: ActionOrigin[] } {
  const out: Action[] = [];
  const origins: ActionOrigin[] = [];
  actions.forEach((a, index) => {
    if (a.type !== 'use') {
      out.push(a);
      origins.push({ index });
      return;
    }
    const items = own[a.sequence] ?? SHARED_SEQUENCES[a.sequence];
    if (!items) {
      problems.add(`${path}[${index}].sequence`, `unknown sequence "${a.sequence}"`);
      return;
    }
    items.forEach((item, k) => {
      const first = k === 0 && a.at !== undefined ? { at: a.at } : {};
      const last = k === items.length - 1 && a.name !== undefined ? { name: a.name } : {};
      const when = a.when ? { when: a.when } : {};
      const result = v.safeParse(ActionSchema, { ...item, device: a.device, ...first, ...last, ...when });
      const via = `${a.sequence}[${k}]`;
      if (!result.success) {
        for (const issue of result.issues) {
          problems.add(`${path}[${index}] → ${via}.${formatIssuePath(issue)}`, issue.message);
        }
        return;
      }
      out.push(result.output);
      origins.push({ index, via });
    });
  });
  return { actions: out, origins };
}
