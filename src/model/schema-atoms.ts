import * as v from 'valibot';
import { LIMITS } from './limits.js';
import { STENT_NAMES } from './stent-names.js';

/** Kebab-case id of a structure, route or device. */
export const Id = v.pipe(
  v.string(),
  v.maxLength(100, 'must be at most 100 characters'),
  v.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be kebab-case (e.g. "right-hepatic-duct")'),
);

/** The liver's sides, which the biliary drainages name their approaches after (an obstruction case's `drain`). */
export const APPROACHES = ['right', 'left'] as const;
export type Side = (typeof APPROACHES)[number];
/** An access approach: any kebab-case name a procedure offers (`right`, `left`, `transhepatic`, …). */
export type Approach = string;

/**
 * A value, or one value per approach: `{ "right": …, "left": … }`, keyed by
 * the approach names the procedure offers.
 */
export const perApproach = <T extends v.GenericSchema>(schema: T) => v.union([schema, v.record(Id, schema)]);

/** A number from 0 to 1. */
export const Fraction = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/** A scene coordinate or distance: finite, at most `LIMITS.coordinate` units either way. */
export const Coord = v.pipe(
  v.number(),
  v.minValue(-LIMITS.coordinate, `must be at least -${LIMITS.coordinate}`),
  v.maxValue(LIMITS.coordinate, `must be at most ${LIMITS.coordinate}`),
);

/** A scene length from `min` up to `LIMITS.coordinate` units. */
export const Length = (min: number) =>
  v.pipe(v.number(), v.minValue(min), v.maxValue(LIMITS.coordinate, `must be at most ${LIMITS.coordinate}`));

/** A time in ms from `min` up to `LIMITS.ms`. */
export const Ms = (min: number) =>
  v.pipe(v.number(), v.minValue(min), v.maxValue(LIMITS.ms, `must be at most ${LIMITS.ms} ms`));

/** Any string up to `LIMITS.text` characters. */
export const Str = v.pipe(v.string(), v.maxLength(LIMITS.text, `must be at most ${LIMITS.text} characters`));

/** Non-empty text up to `LIMITS.text` characters. */
export const Text = v.pipe(Str, v.minLength(1));

/** Brief source tags, e.g. "S6c". */
export const Sources = v.array(v.pipe(v.string(), v.regex(/^S\d+[a-z]?$/, 'must be a brief source tag like "S6c"')));

/** A point in scene units (viewBox 0 0 1000 800). */
export const ScenePoint = v.tuple([Coord, Coord]);

/**
 * When a step or an action applies: every condition given must hold. Lists
 * match any of their values; `obstruction` lists case ids of
 * data/obstructions.json, `stent` the stent types of the `stent` option.
 */
export const When = v.strictObject({
  approach: v.optional(Id),
  obstruction: v.optional(v.pipe(v.array(Id), v.minLength(1))),
  stent: v.optional(v.pipe(v.array(v.picklist(STENT_NAMES)), v.minLength(1))),
});
export type WhenCondition = v.InferOutput<typeof When>;

export type PerApproach<T> = T | Readonly<Record<string, T>>;

/** A schema with an editor help text (emitted as `description` in the JSON Schema). */
export const describe = <T extends v.GenericSchema>(schema: T, text: string) => v.pipe(schema, v.description(text));

/**
 * Object entries with help texts, by key (the JSON Schema's `description` of
 * each field). Keys without a text keep their schema as it is.
 */
export function described<T extends v.ObjectEntries>(entries: T, texts: { readonly [K in keyof T]?: string }): T {
  return Object.fromEntries(
    Object.entries(entries).map(([key, schema]) => {
      const text = texts[key as keyof T];
      return [key, text ? v.pipe(schema, v.description(text)) : schema];
    }),
  ) as T;
}
