import * as v from 'valibot';

/** Kebab-case id of a structure, route or device. */
export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be kebab-case (e.g. "right-hepatic-duct")'),
);

/** Access approaches a procedure can offer. */
export const APPROACHES = ['right', 'left'] as const;
export type Approach = (typeof APPROACHES)[number];

/** A value, or one value per approach: `{ "right": …, "left": … }`. */
export const perApproach = <T extends v.GenericSchema>(schema: T) =>
  v.union([schema, v.strictObject({ right: v.optional(schema), left: v.optional(schema) })]);

/** Device kinds (kept equal to `DeviceKind` in timeline-types.ts). */
export const DEVICE_KINDS = [
  'chiba-needle',
  'wire-018',
  'wire-035',
  'coaxial-set',
  'dilator',
  'sheath',
  'angled-catheter',
  'drain',
  'ultrasound-probe',
  'internal-external-drain',
  'balloon-catheter',
  'stent-delivery',
  'pusher',
  'stent-mesh',
  'stent-z',
  'stent-spiral',
  'stent-plastic',
] as const;

/** A number from 0 to 1. */
export const Fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

export type PerApproach<T> = T | { readonly right?: T; readonly left?: T };
