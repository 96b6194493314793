import * as v from 'valibot';
import { DEVICE_KINDS, Fraction, Id, perApproach } from './schema-atoms.js';

export { APPROACHES, DEVICE_KINDS, Id, perApproach, type Approach, type PerApproach } from './schema-atoms.js';

/**
 * When an action starts (Motion-style): `"<"` with the previous action,
 * `"+N"` / `"-N"` N ms after / before the previous action ends, or a number
 * of ms from the step's start. Default: when the previous action ends.
 */
const At = v.optional(
  v.union([
    v.literal('<'),
    v.pipe(v.string(), v.regex(/^[+-]\d+(\.\d+)?$/, 'must be "<", "+N", "-N" or a number of ms')),
    v.pipe(v.number(), v.minValue(0)),
  ]),
);
/** How long the action runs, ms. Defaults per type: `ACTION_DURATIONS`. */
const Duration = v.optional(v.pipe(v.number(), v.minValue(0)));
const timing = { at: At, duration: Duration };

/** A place on a route: a 0–1 fraction of its length, or a point or duct id listed in it (a duct = its end). */
export const Stop = perApproach(v.union([Fraction, Id]));

/** Moves a device's tip (and optionally its tail) forward along a route; the first use inserts it. */
const Advance = v.strictObject({
  type: v.literal('advance'),
  device: Id,
  /** Required when the device first appears. */
  kind: v.optional(v.picklist(DEVICE_KINDS)),
  /** Route name; required when the device first appears, fixed afterwards. */
  route: v.optional(Id),
  to: Stop,
  tail: v.optional(Stop),
  /** Allow the tip past the obstruction (internal drainage); otherwise it stops at its upper end. */
  cross: v.optional(v.boolean()),
  ...timing,
});
/** Pulls a device's tip back to a stop. */
const Withdraw = v.strictObject({ type: v.literal('withdraw'), device: Id, to: Stop, ...timing });
/** Pulls one device out (first half) and passes a new one over/through another (second half), on that device's route. */
const Exchange = v.strictObject({
  type: v.literal('exchange'),
  remove: Id,
  insert: Id,
  kind: v.picklist(DEVICE_KINDS),
  over: Id,
  /** Default: where the removed device's tip was. */
  to: v.optional(Stop),
  cross: v.optional(v.boolean()),
  ...timing,
});
/**
 * Contrast fills the ducts from a point or duct (`from`) or from a device's
 * tip (`through`), spreading along the tree and stopping at the obstruction.
 * `to` is the share of the whole fill reached by the end (default 1).
 */
const Contrast = v.pipe(
  v.strictObject({
    type: v.literal('contrast'),
    from: v.optional(Id),
    through: v.optional(Id),
    to: v.optional(Fraction),
    ...timing,
  }),
  v.check((a) => (a.from === undefined) !== (a.through === undefined), 'give exactly one of "from" and "through"'),
);
/** Forms and locks a drain's pigtail: curl to `to` (default 1). */
const Pigtail = v.strictObject({ type: v.literal('pigtail'), device: Id, to: v.optional(Fraction), ...timing });
/** Bile starts flowing through a drain; the bag fills to `fill` (default 1) over the duration. */
const Flow = v.strictObject({
  type: v.literal('flow'),
  device: Id,
  into: v.picklist(['bag', 'duodenum']),
  fill: v.optional(Fraction),
  ...timing,
});
/** The device fades out and is gone. */
const Remove = v.strictObject({ type: v.literal('remove'), device: Id, ...timing });
/** Emphasise or dim structures; duration 0 (default) holds to the end of the step. */
const Highlight = v.strictObject({ type: v.literal('highlight'), ids: v.pipe(v.array(Id), v.minLength(1)), ...timing });
const Dim = v.strictObject({ type: v.literal('dim'), ids: v.pipe(v.array(Id), v.minLength(1)), ...timing });
/** Ducts shrink to dilation `to` (default: the ducts the obstruction dilated); the gallbladder returns to normal. */
const Decompress = v.strictObject({
  type: v.literal('decompress'),
  to: Fraction,
  ducts: v.optional(v.array(Id)),
  ...timing,
});

export const ActionSchema = v.variant('type', [
  Advance,
  Withdraw,
  Exchange,
  Contrast,
  Pigtail,
  Flow,
  Remove,
  Highlight,
  Dim,
  Decompress,
]);

export type Action = v.InferOutput<typeof ActionSchema>;
export type ActionType = Action['type'];
export type StopValue = number | string;
