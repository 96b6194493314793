import type { PropertyValues } from 'lit';
import { CAMERAS } from '../model/cameras.js';
import { OBSTRUCTION_NAMES } from '../model/obstruction-names.js';
import { DEFAULT_PROCEDURE, PROCEDURE_NAMES } from '../model/procedure-names.js';
import { STENT_NAMES } from '../model/stent-names.js';
import { readFlag } from './converters.js';
import { readChoice, warnOnce } from './read-choice.js';

/**
 * Each enumerated attribute's allowed values and default, in the order they are checked. `unset`: left unset
 * (null or undefined) rather than given the default, which it then does not stand for (an unset theme follows the
 * system's light or dark preference).
 */
export const ATTRIBUTE_CHOICES = {
  procedure: { allowed: PROCEDURE_NAMES, fallback: DEFAULT_PROCEDURE },
  audience: { allowed: ['clinician', 'patient'], fallback: 'clinician' },
  camera: { allowed: Object.keys(CAMERAS), fallback: 'overview' },
  ducts: { allowed: ['normal', 'dilated'], fallback: 'normal' },
  view: { allowed: ['illustration', 'fluoroscopy'], fallback: 'illustration' },
  stent: { allowed: STENT_NAMES, fallback: 'mesh' },
  obstruction: { allowed: OBSTRUCTION_NAMES, fallback: 'distal' },
  theme: { allowed: ['light', 'dark', 'projector', 'high-contrast'], fallback: 'light', unset: true },
} as const satisfies Record<
  string,
  { readonly allowed: readonly string[]; readonly fallback: string; readonly unset?: boolean }
>;

export type ChoiceAttribute = keyof typeof ATTRIBUTE_CHOICES;

/** The on/off attributes and their defaults. */
export const FLAG_DEFAULTS = { labels: true, controls: true, autoplay: false } as const;

/** Reflected text attributes: anything but text, given by script, is dropped so reflecting cannot throw. */
const TEXT_ATTRIBUTES = ['selected', 'src'] as const;

type Host = Partial<Record<ChoiceAttribute, string | null>> &
  Record<keyof typeof FLAG_DEFAULTS, boolean> &
  Record<(typeof TEXT_ATTRIBUTES)[number], string | null>;

/**
 * Puts each changed attribute back in range: an enumerated one to its default (quietly when removed, else with
 * one warning), a flag to a boolean, a text attribute to text or null.
 */
export function applyChoices(host: Host, changed: PropertyValues, warned: Set<string>): void {
  for (const name of Object.keys(ATTRIBUTE_CHOICES) as ChoiceAttribute[]) {
    if (!changed.has(name)) continue;
    const { allowed, fallback, ...rest } = ATTRIBUTE_CHOICES[name];
    if ('unset' in rest && (host[name] === undefined || host[name] === null)) continue;
    host[name] = readChoice<string>(warned, name, host[name], allowed, fallback);
  }
  for (const [name, fallback] of Object.entries(FLAG_DEFAULTS) as [keyof typeof FLAG_DEFAULTS, boolean][]) {
    if (changed.has(name)) host[name] = readFlag(host[name], fallback);
  }
  for (const name of TEXT_ATTRIBUTES) {
    const value: unknown = host[name];
    if (changed.has(name) && value !== null && typeof value !== 'string') {
      warnOnce(warned, name, value, 'ignored (not text).');
      host[name] = null;
    }
  }
}
