import * as v from 'valibot';
import { Fraction, Sources, Text } from './schema-atoms.js';

const describe = <T extends v.GenericSchema>(schema: T, text: string) => v.pipe(schema, v.description(text));

/** One stent type's facts, for the comparison card and the deployment drawing (brief §3). */
export const StentSpecSchema = v.strictObject({
  name: describe(Text, 'Type name, e.g. "Braided mesh metal stent (Wallstent type)".'),
  plainName: describe(Text, 'The name in plain language, for patients, e.g. "Metal mesh stent".'),
  mechanism: describe(Text, 'How it is built and how it opens.'),
  sizes: describe(Text, 'Typical sizes, delivered and open.'),
  openMm: describe(v.pipe(v.number(), v.minValue(0)), 'Open diameter in true mm (drawn at mm × 4.2 units).'),
  shortening: describe(Fraction, 'Share of its constrained length it loses when fully open (0 = none).'),
  lengthsCm: describe(
    v.optional(v.array(v.pipe(v.number(), v.minValue(1)))),
    'Lengths it typically comes in, cm, shortest first: the measure step orders the shortest that covers the plan, and the stent is drawn that long. Without it, the plan is rounded up to a whole cm.',
  ),
  shortens: describe(Text, 'Whether it shortens, in words.'),
  removable: describe(Text, 'Whether it can be removed or exchanged.'),
  use: describe(Text, 'What it is used for.'),
  patient: describe(
    Text,
    'For patients, in plain language (reading age about 11–12): what it is, how it opens, whether it stays in.',
  ),
  sources: describe(Sources, 'Brief source tags.'),
});
export type StentSpec = v.InferOutput<typeof StentSpecSchema>;

/** The fields people read: the card's words, which the build leaves to a chunk of their own (src/element/lazy/stents-texts.ts). */
export const STENT_TEXT_FIELDS = [
  'name',
  'plainName',
  'mechanism',
  'sizes',
  'shortens',
  'removable',
  'use',
  'patient',
] as const satisfies readonly (keyof StentSpec)[];
/** A stent type's card words. */
export type StentTexts = Pick<StentSpec, (typeof STENT_TEXT_FIELDS)[number]>;
/** What drawing and timing a stent type need: its open diameter, shortening and stocked lengths. */
export type StentShape = Omit<StentSpec, (typeof STENT_TEXT_FIELDS)[number] | 'sources'>;

/** data/stents.json: stent types by `stent` option value. */
export const StentFileSchema = v.objectWithRest(
  { $comment: v.optional(v.string()), $schema: v.optional(v.string()) },
  StentSpecSchema,
);
