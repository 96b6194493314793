import * as v from 'valibot';
import { ActionSchema } from './action-schema.js';
import { APPROACHES, Fraction, Id, perApproach } from './schema-atoms.js';

export { ActionSchema, APPROACHES, DEVICE_KINDS, type Action, type Approach } from './action-schema.js';

/** Brief source tags, e.g. "S6c". */
const Sources = v.array(v.pipe(v.string(), v.regex(/^S\d+[a-z]?$/, 'must be a brief source tag like "S6c"')));
const Text = v.pipe(v.string(), v.minLength(1));

/** Imaging shown for a step. */
export const GUIDANCE = ['none', 'ultrasound', 'fluoroscopy', 'cholangiogram'] as const;

/** An option the procedure supports, its allowed values and the default. */
const ApproachOption = v.pipe(
  v.strictObject({
    values: v.pipe(v.array(v.picklist(APPROACHES)), v.minLength(1)),
    default: v.picklist(APPROACHES),
  }),
  v.forward(
    v.check((o) => o.values.includes(o.default), 'the default must be one of the values'),
    ['default'],
  ),
);

/**
 * The blockage the procedure starts from. `span` is the narrowed stretch as
 * fractions of the duct's smoothed centreline length (0 = periphery end,
 * 1 = junction end). Every duct draining into the obstructed duct above the
 * span starts at `dilation`; `alsoDilated` adds others (double-duct sign).
 */
const Obstruction = v.strictObject({
  /** Short description, e.g. "pancreatic-head mass". */
  cause: v.optional(Text),
  duct: Id,
  span: v.pipe(
    v.tuple([Fraction, Fraction]),
    v.check(([a, b]) => a < b, 'span must be [from, to] with from < to'),
  ),
  mass: v.optional(v.strictObject({ cx: v.number(), cy: v.number(), r: v.pipe(v.number(), v.minValue(1)) })),
  /** Dilation 0–1 of the upstream ducts (default 1). */
  dilation: v.optional(Fraction, 1),
  alsoDilated: v.optional(v.array(Id), []),
  /** Courvoisier: a block below the cystic duct distends the gallbladder. */
  gallbladder: v.optional(v.picklist(['normal', 'distended']), 'distended'),
});

/** One step of a procedure. Times in ms; the actions run inside [0, duration]. */
export const StepSchema = v.strictObject({
  id: Id,
  title: Text,
  /** Precise text for clinicians and trainees. */
  clinician: Text,
  /** Plain-language text (Flesch–Kincaid grade ≤ 6). */
  patient: Text,
  sources: v.optional(Sources, []),
  guidance: v.picklist(GUIDANCE),
  /** Only in this approach. */
  when: v.optional(v.strictObject({ approach: v.picklist(APPROACHES) })),
  /** A CAMERAS preset name (src/model/cameras.ts), or one per approach. */
  camera: perApproach(v.string()),
  /** At most 6 anatomy ids to label (composition §14), or a list per approach. */
  labels: perApproach(v.pipe(v.array(Id), v.maxLength(6, 'at most 6 labels per step'))),
  /** Hidden anatomy ids shown during this step (e.g. "stomach"). */
  reveal: v.optional(v.array(Id), []),
  duration: v.pipe(v.number(), v.minValue(1)),
  actions: v.optional(v.array(ActionSchema), []),
});

/** A procedure file (data/procedures/*.json). */
export const ProcedureSchema = v.strictObject({
  $schema: v.optional(v.string()),
  id: Id,
  title: Text,
  description: v.optional(Text),
  sources: v.pipe(Sources, v.minLength(1)),
  options: v.strictObject({ approach: ApproachOption }),
  obstruction: v.optional(Obstruction),
  /** Named routes: anatomy ids (points and ducts) skin first, or one list per approach. */
  routes: v.record(Id, perApproach(v.pipe(v.array(Id), v.minLength(2, 'a route needs at least 2 ids')))),
  steps: v.pipe(v.array(StepSchema), v.minLength(1)),
});

export type Procedure = v.InferOutput<typeof ProcedureSchema>;
export type ProcedureStep = v.InferOutput<typeof StepSchema>;
export type ProcedureObstruction = v.InferOutput<typeof Obstruction>;
export type Guidance = (typeof GUIDANCE)[number];
