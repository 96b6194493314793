import * as v from 'valibot';
import { perApproach, Sources, Text } from './schema-atoms.js';

/** Where the drain leaves the skin, as the body-surface picture places it (patient's right = viewer's left). */
export const EXIT_SITES = ['right-flank', 'right-upper-abdomen', 'subxiphoid'] as const;
/** What the outer end of the drain ends in: a drainage bag, or a cap (an internal–external drain closed off). */
export const DRAIN_ENDS = ['bag', 'cap'] as const;

/**
 * One sentence of advice or one warning sign, with the brief's source tags. `typical` marks what the brief
 * leaves unverified: it is shown as typical advice.
 */
const AftercareItem = v.strictObject({
  text: Text,
  sources: v.optional(Sources, []),
  typical: v.optional(v.boolean(), false),
});

/** A part of the body-surface picture: its label on the drawing, and what to know about it. */
const PicturePart = v.strictObject({ label: Text, text: Text });

/** One register's aftercare text. */
const AftercareText = v.strictObject({
  title: Text,
  summary: Text,
  parts: v.strictObject({ site: PicturePart, dressing: PicturePart, tube: PicturePart, end: PicturePart }),
  care: v.pipe(v.array(AftercareItem), v.minLength(1)),
  warnings: v.pipe(v.array(AftercareItem), v.minLength(1)),
});

/** "What you will see afterwards": the drain as the patient sees it, how to look after it, and the warning signs. */
export const AftercareSchema = v.strictObject({
  exit: perApproach(v.picklist(EXIT_SITES)),
  end: v.picklist(DRAIN_ENDS),
  clinician: AftercareText,
  patient: AftercareText,
});

export type Aftercare = v.InferOutput<typeof AftercareSchema>;
export type AftercareRegister = Aftercare['clinician'];
export type ExitSite = (typeof EXIT_SITES)[number];
