import * as v from 'valibot';
import { Id, Ms, When } from './schema-atoms.js';

const describe = <T extends v.GenericSchema>(schema: T, text: string) => v.pipe(schema, v.description(text));

/** The action types a sequence can hold (all of them). */
const ACTION_TYPES = [
  'advance',
  'withdraw',
  'exchange',
  'contrast',
  'pigtail',
  'flow',
  'cap',
  'remove',
  'highlight',
  'dim',
  'decompress',
  'inflate',
  'deflate',
  'deploy',
  'open-lesion',
] as const;

/** One action of a sequence: written as in a step, without `device`, which the call supplies. */
export const SequenceItem = describe(
  v.looseObject({ type: describe(v.picklist(ACTION_TYPES), 'The action type, as in a step.') }),
  'An action as in a step, but without "device": the step that uses the sequence names the device.',
);

/** Named sequences: each a list of actions run one after another. */
export const Sequences = describe(
  v.record(Id, v.pipe(v.array(SequenceItem), v.minLength(1))),
  'Named action sequences (e.g. "pull-out": withdraw to the skin, then remove), run by a "use" action.',
);

/** Runs a named sequence on one device: it expands to the sequence's actions in place. */
export const UseSchema = v.strictObject({
  type: v.literal('use'),
  sequence: describe(Id, 'Name of a sequence (the procedure\'s own "sequences", or data/sequences.json).'),
  device: describe(Id, 'The device every action of the sequence acts on.'),
  name: v.optional(describe(Id, 'Names the sequence\'s last action, so later actions can time from "name.end".')),
  at: v.optional(describe(v.union([v.string(), Ms(0)]), 'When its first action starts (as an action\'s "at").')),
  when: v.optional(describe(When, 'Only when these conditions hold.')),
});
export type UseAction = v.InferOutput<typeof UseSchema>;

/** data/sequences.json: sequences several procedures share. */
export const SharedSequencesSchema = v.strictObject({
  $schema: v.optional(v.string()),
  $comment: v.optional(v.string()),
  sequences: Sequences,
});
