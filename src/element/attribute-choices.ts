import { CAMERAS } from '../model/cameras.js';
import { OBSTRUCTION_NAMES } from '../model/obstruction-names.js';
import { DEFAULT_PROCEDURE, PROCEDURE_NAMES } from '../model/procedure-names.js';
import { STENT_NAMES } from '../model/stent-names.js';
import { readChoice } from './read-choice.js';

/** Each enumerated attribute's allowed values and default, in the order they are checked. */
export const ATTRIBUTE_CHOICES = {
  procedure: { allowed: PROCEDURE_NAMES, fallback: DEFAULT_PROCEDURE },
  audience: { allowed: ['clinician', 'patient'], fallback: 'clinician' },
  camera: { allowed: Object.keys(CAMERAS), fallback: 'overview' },
  ducts: { allowed: ['normal', 'dilated'], fallback: 'normal' },
  view: { allowed: ['illustration', 'fluoroscopy'], fallback: 'illustration' },
  stent: { allowed: STENT_NAMES, fallback: 'mesh' },
  obstruction: { allowed: OBSTRUCTION_NAMES, fallback: 'distal' },
} as const satisfies Record<string, { readonly allowed: readonly string[]; readonly fallback: string }>;

export type ChoiceAttribute = keyof typeof ATTRIBUTE_CHOICES;

/** Puts each changed enumerated attribute back to its default: quietly when removed, else warning once. */
export function applyChoices(
  host: Record<ChoiceAttribute, string>,
  changed: ReadonlyMap<PropertyKey, unknown>,
  warned: Set<string>,
): void {
  for (const name of Object.keys(ATTRIBUTE_CHOICES) as ChoiceAttribute[]) {
    if (!changed.has(name)) continue;
    const { allowed, fallback } = ATTRIBUTE_CHOICES[name];
    host[name] = readChoice<string>(warned, name, host[name], allowed, fallback);
  }
}
