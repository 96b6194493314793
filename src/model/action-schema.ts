import * as v from 'valibot';
import { DEVICE_KINDS } from './device-specs.js';
import { Coord, Fraction, Id, Length, Ms, perApproach, When } from './schema-atoms.js';

export { DEVICE_KINDS } from './device-specs.js';
export { APPROACHES, Id, perApproach, type Approach, type PerApproach } from './schema-atoms.js';

/**
 * Kinds an action may give a new device: every kind the scene draws, plus
 * `stent`, which compileTimeline replaces with `stent-<type>` for the chosen
 * `stent` option (mesh, z, spiral or plastic).
 */
export const ACTION_KINDS: readonly string[] = [...DEVICE_KINDS, 'stent'];
export type ActionKind = string;

const describe = <T extends v.GenericSchema>(schema: T, text: string) => v.pipe(schema, v.description(text));

/** A named moment of an earlier action in the step: `name`, `name.event`, with an optional `+N`/`-N` ms. */
export const NamedEvent = v.pipe(
  v.string(),
  v.regex(
    /^[a-z][a-z0-9]*(-[a-z0-9]+)*(\.[a-z]+)?([+-]\d+(\.\d+)?)?$/,
    'must be "<", "+N", "-N", a number of ms, or "name.event+N" (an earlier action\'s name and event)',
  ),
);

/**
 * When an action starts (Motion-style): `"<"` with the previous action,
 * `"+N"` / `"-N"` N ms after / before the previous action ends, a number of
 * ms from the step's start, or `"name.event+N"`: N ms after an event
 * (`start`, `end` (default), an exchange's `removed`, an inflate's
 * `inflated`) of an earlier action given that `name`. Default: when the
 * previous action ends.
 */
const At = v.optional(
  describe(
    v.union([
      v.literal('<'),
      v.pipe(v.string(), v.regex(/^[+-]\d+(\.\d+)?$/, 'must be "<", "+N", "-N" or a number of ms')),
      Ms(0),
      NamedEvent,
    ]),
    'When it starts: "<" with the previous action; "+N"/"-N" ms after/before the previous one ends; ms from the step start; or "name.event+N", N ms after an event (start, end (default), an exchange\'s removed, an inflate\'s inflated) of an earlier action with that name. Default: when the previous action ends.',
  ),
);
/** How long the action runs, ms. Defaults per type: `ACTION_DURATIONS`. */
const Duration = v.optional(describe(Ms(0), 'How long it runs, ms (a default per action type).'));
/**
 * Timing, an optional name other actions can time from, and an optional
 * condition: an action whose `when` does not hold is skipped (the actions
 * after it keep the times they would have had).
 */
const common = {
  name: v.optional(describe(Id, 'A name later actions in the step can time from ("at": "name.end+200").')),
  at: At,
  duration: Duration,
  until: v.optional(
    describe(NamedEvent, 'Ends at a named event of an earlier action ("balloon.end"), instead of after `duration`.'),
  ),
  when: v.optional(describe(When, 'Only when these conditions hold (approach, obstruction case, stent type).')),
};

/**
 * A place measured from the lesions on a device's route ("measure the
 * stricture"): the upstream `start` of the first, the `middle` of all of
 * them, or the downstream `end` of the last, moved `offset` units along the
 * route (negative = toward the skin; 28 units = 1 cm). With `transpapillary`,
 * when the end lies within `within` units of the major papilla, the place is
 * `into` units beyond the papilla instead (a stent across the papilla into D2).
 */
export const LesionStop = v.strictObject({
  lesions: v.picklist(['start', 'middle', 'end']),
  offset: v.optional(Coord, 0),
  transpapillary: v.optional(v.strictObject({ within: Length(0), into: Length(0) })),
});
export type LesionStopValue = v.InferOutput<typeof LesionStop>;

/**
 * A place on a route: a 0–1 fraction of its length, a point or duct id listed
 * in it (a duct = its end), or a place measured from the lesions.
 */
export const Stop = perApproach(v.union([Fraction, Id, LesionStop]));

/**
 * Moves a device's tip (and optionally its tail) forward along a route; the
 * first use inserts it. A new device given both `to` and `tail` enters with
 * that length (a stent on its delivery system).
 */
const Advance = v.strictObject({
  type: v.literal('advance'),
  device: Id,
  /** Required when the device first appears; `stent` = the chosen stent type. */
  kind: v.optional(v.picklist(ACTION_KINDS)),
  /** Route name; required when the device first appears, fixed afterwards. */
  route: v.optional(Id),
  to: Stop,
  tail: v.optional(Stop),
  /** Allow the tip past the lesions; otherwise it stops at the upper end of the first one on its route. */
  cross: v.optional(v.boolean()),
  /**
   * Stents only, when inserted: the id of the system that carries the stent
   * in. A self-expanding stent rides inside a `stent-delivery` sheath whose
   * tip covers the stent's tip; a plastic stent is pushed by a `pusher` whose
   * tip sits at the stent's tail. The carrier moves with the stent until
   * `deploy`, and is an ordinary device after it.
   */
  delivery: v.optional(Id),
  ...common,
});
/** Pulls a device's tip back to a stop. */
const Withdraw = v.strictObject({
  type: v.literal('withdraw'),
  device: Id,
  to: Stop,
  /** Allow a stop past the lesions (the device is across them). */
  cross: v.optional(v.boolean()),
  ...common,
});
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
  ...common,
});
/**
 * Contrast fills the ducts from a point or duct (`from`) or from a device's
 * tip (`through`), spreading along the tree and stopping at lesions that are
 * still closed (not opened by `open-lesion`, not bridged by an
 * internal–external drain). Past the papilla it runs into the duodenum.
 * `to` is the share of the whole fill reached by the end (default 1).
 */
const Contrast = v.pipe(
  v.strictObject({
    type: v.literal('contrast'),
    from: v.optional(Id),
    through: v.optional(Id),
    to: v.optional(Fraction),
    ...common,
  }),
  v.check((a) => (a.from === undefined) !== (a.through === undefined), 'give exactly one of "from" and "through"'),
);
/** Forms and locks a drain's pigtail: curl to `to` (default 1). */
const Pigtail = v.strictObject({ type: v.literal('pigtail'), device: Id, to: v.optional(Fraction), ...common });
/** Bile starts flowing through a drain; the bag fills to `fill` (default 1) over the duration. */
const Flow = v.strictObject({
  type: v.literal('flow'),
  device: Id,
  into: v.picklist(['bag', 'duodenum']),
  fill: v.optional(Fraction),
  ...common,
});
/** The drain's outer end is capped: external flow stops, bile runs on into the duodenum, the bag is taken off. */
const Cap = v.strictObject({ type: v.literal('cap'), device: Id, ...common });
/** The device fades out and is gone. */
const Remove = v.strictObject({ type: v.literal('remove'), device: Id, ...common });
/** Emphasise or dim structures; duration 0 (default) holds to the end of the step. */
const Highlight = v.strictObject({ type: v.literal('highlight'), ids: v.pipe(v.array(Id), v.minLength(1)), ...common });
const Dim = v.strictObject({ type: v.literal('dim'), ids: v.pipe(v.array(Id), v.minLength(1)), ...common });
/**
 * Ducts shrink to dilation `to`: the listed `ducts`, or the dilated ducts a
 * device drains (`through`: those its deepest point in the bile ducts reaches
 * past open lesions), or else every duct the obstruction dilated. The
 * gallbladder empties when the cystic duct is among them. With `washout`,
 * the contrast in those ducts, an emptied gallbladder and the bowel they
 * drain into fades away over the second half of the action: the drained
 * system's end state.
 */
const Decompress = v.strictObject({
  type: v.literal('decompress'),
  to: Fraction,
  ducts: v.optional(v.array(Id)),
  through: v.optional(Id),
  washout: v.optional(v.boolean()),
  ...common,
});
/**
 * A balloon catheter inflates to `to` (0–1 of its nominal diameter) over the
 * first part of the action; then, if `efface` is given, the stricture's waist
 * on the balloon is effaced to `efface` over the rest (the waist shows first).
 */
const Inflate = v.strictObject({
  type: v.literal('inflate'),
  device: Id,
  to: Fraction,
  efface: v.optional(Fraction),
  ...common,
});
/** The balloon empties (inflation to 0); effacement keeps its value. */
const Deflate = v.strictObject({ type: v.literal('deflate'), device: Id, ...common });
/**
 * Releases a stent to `to` (default 1). A self-expanding stent opens from its
 * distal end (the tip) toward the tail while its delivery sheath is pulled
 * back over it; a plastic stent is pushed off its pusher. The stent's tip and
 * tail stay its constrained position; the scene draws the opening and any
 * shortening.
 */
const Deploy = v.strictObject({ type: v.literal('deploy'), device: Id, to: v.optional(Fraction), ...common });
/**
 * The lumen of the lesions widens to patency `to` (0–1 of the dilated width):
 * the lesions under the working part of device `by` (a balloon's balloon, a
 * stent's expanded length, otherwise its whole inserted length), or every
 * lesion. Under a plastic stent the lumen is capped at the tube's width. An
 * opened lesion no longer stops contrast.
 */
const OpenLesion = v.strictObject({
  type: v.literal('open-lesion'),
  to: Fraction,
  by: v.optional(Id),
  ...common,
});

export const ActionSchema = v.variant('type', [
  Advance,
  Withdraw,
  Exchange,
  Contrast,
  Pigtail,
  Flow,
  Cap,
  Remove,
  Highlight,
  Dim,
  Decompress,
  Inflate,
  Deflate,
  Deploy,
  OpenLesion,
]);

export type Action = v.InferOutput<typeof ActionSchema>;
export type ActionType = Action['type'];
export type StopValue = number | string | LesionStopValue;
