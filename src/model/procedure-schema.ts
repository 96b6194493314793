import * as v from 'valibot';
import { ActionSchema, NamedEvent, type Action } from './action-schema.js';
import { AftercareSchema } from './aftercare-schema.js';
import { LIMITS } from './limits.js';
import { NamedPoints, RouteIds } from './routes-schema.js';
import { Sequences, UseSchema } from './sequence-schema.js';
import {
  Coord,
  Fraction,
  Id,
  Length,
  Ms,
  perApproach,
  Sources,
  Str,
  Text,
  When,
  type PerApproach,
} from './schema-atoms.js';
import { STENT_NAMES } from './stent-names.js';

export { ActionSchema, APPROACHES, DEVICE_KINDS, type Action, type Approach } from './action-schema.js';

/** Imaging shown for a step. */
export const GUIDANCE = ['none', 'ultrasound', 'fluoroscopy', 'cholangiogram'] as const;

/** An option the procedure supports, its allowed values and the default. */
const ApproachOption = v.pipe(
  v.strictObject({
    values: v.pipe(v.array(Id), v.minLength(1)),
    default: Id,
  }),
  v.forward(
    v.check((o) => o.values.includes(o.default), 'the default must be one of the values'),
    ['default'],
  ),
);

/** One gallstone: its centre and radius in scene units. */
const StoneSchema = v.strictObject({ x: Coord, y: Coord, r: Length(2) });
export type Stone = v.InferOutput<typeof StoneSchema>;

/**
 * A custom blockage for this procedure, used only when compileTimeline gets
 * no `obstruction` option (the bundled procedures use the cases of
 * data/obstructions.json instead). Without `duct` and `span` there is no
 * bile-duct blockage at all (a procedure on the gallbladder): the
 * obstruction cases then never apply, and `gallbladder` sets its state. `span` is the narrowed stretch as
 * fractions of the duct's smoothed centreline length (0 = periphery end,
 * 1 = junction end). Every duct draining into the obstructed duct above the
 * span starts at `dilation`; `alsoDilated` adds others (double-duct sign).
 */
const Obstruction = v.pipe(
  v.strictObject({
    /** Short description, e.g. "pancreatic-head mass". */
    cause: v.optional(Text),
    duct: v.optional(Id),
    span: v.optional(
      v.pipe(
        v.tuple([Fraction, Fraction]),
        v.check(([a, b]) => a < b, 'span must be [from, to] with from < to'),
      ),
    ),
    mass: v.optional(v.strictObject({ cx: Coord, cy: Coord, r: Length(1) })),
    /** Dilation 0–1 of the upstream ducts (default 1). */
    dilation: v.optional(Fraction, 1),
    alsoDilated: v.optional(v.array(Id), []),
    /** Courvoisier: a block below the cystic duct distends the gallbladder. */
    gallbladder: v.optional(v.picklist(['normal', 'distended']), 'distended'),
    /** Gallstones, placed in the gallbladder's distended outline. */
    stones: v.optional(v.pipe(v.array(StoneSchema), v.maxLength(12, 'at most 12 stones')), []),
    /** Acute cholecystitis: the gallbladder's wall drawn thick round its lumen, with fluid beside its fundus. */
    inflamed: v.optional(v.boolean(), false),
  }),
  v.check((o) => (o.duct === undefined) === (o.span === undefined), 'give "duct" and "span" together, or neither'),
);

/** Step labels: at most 6 anatomy ids, or `"lesion"` for the obstruction case's own label set. */
const Labels = v.union([v.pipe(v.array(Id), v.maxLength(6, 'at most 6 labels per step')), v.literal('lesion')]);

/**
 * Case-specific wording of a step: where its `when` holds, its fields replace
 * the step's own (e.g. "jejunal limb" for "duodenum" after a hepaticojejunostomy).
 */
const StepWording = v.strictObject({
  when: When,
  title: v.optional(Text),
  patientTitle: v.optional(Text),
  clinician: v.optional(Text),
  patient: v.optional(Text),
  labels: v.optional(perApproach(Labels)),
  /** A camera for this case, e.g. the bile path where a distal block lies far below the step's usual close-up. */
  camera: v.optional(perApproach(Str)),
});

/** One step of a procedure. Times in ms; the actions run inside [0, duration]. */
export const StepSchema = v.strictObject({
  id: Id,
  title: Text,
  /** The title in plain language (reading grade ≤ 6); the clinician title is used when absent. */
  patientTitle: v.optional(Text),
  /**
   * Precise text for clinicians and trainees. `{obstruction}` is replaced by
   * the obstruction case's clinician summary.
   */
  clinician: Text,
  /** Plain-language text (Flesch–Kincaid grade ≤ 6); `{obstruction}` is replaced by the case's patient summary. */
  patient: Text,
  sources: v.optional(Sources, []),
  guidance: v.picklist(GUIDANCE),
  /** Only when these conditions hold (approach, obstruction case, stent type). */
  when: v.optional(When),
  /** Case-specific wording; the first whose `when` holds replaces the fields it gives. */
  wording: v.optional(v.array(StepWording), []),
  /** A CAMERAS preset name (src/model/cameras.ts) or `"lesion"` (the case's camera), or one per approach. */
  camera: perApproach(Str),
  /** At most 6 anatomy ids to label (composition §14), or `"lesion"`, or one per approach. */
  labels: perApproach(Labels),
  /** Hidden anatomy ids shown during this step (e.g. "stomach"). */
  reveal: v.optional(v.array(Id), []),
  /**
   * The moment the step's still picture (a printed handout's) shows: a named event of one of its actions
   * (`"balloon-inflate.inflated"`), for a step whose end no longer shows what it is about. Default: its end.
   */
  picture: v.optional(NamedEvent),
  duration: Ms(1),
  actions: v.optional(
    v.pipe(
      v.array(v.variant('type', [ActionSchema, UseSchema])),
      v.maxLength(LIMITS.actions, `at most ${LIMITS.actions} actions per step`),
    ),
    [],
  ),
});

/** One audience's clinical context: when to use the procedure, why, with what care, at what risk. */
const ContextText = v.strictObject({
  indications: v.pipe(v.array(Text), v.minLength(1)),
  advantages: v.pipe(v.array(Text), v.minLength(1)),
  caution: Text,
  risks: v.pipe(v.array(Text), v.minLength(1)),
});

/**
 * A rule that makes the procedure unsuitable for an obstruction case: every
 * condition given must hold (`malignant`, the case ids, the stent types).
 */
const Unsuitable = v.strictObject({
  when: v.strictObject({
    malignant: v.optional(v.boolean()),
    obstruction: v.optional(v.pipe(v.array(Id), v.minLength(1))),
    stent: v.optional(v.pipe(v.array(v.picklist(STENT_NAMES)), v.minLength(1))),
  }),
  /** Why, for clinicians. */
  reason: Text,
  /** Why, in plain language (grade ≤ 6). */
  patientReason: Text,
});

/** A procedure file (data/procedures/*.json). */
export const ProcedureSchema = v.strictObject({
  $schema: v.optional(Str),
  id: Id,
  title: Text,
  /** The procedure's name in plain language (a patient's handout heading); the title is used when absent. */
  patientTitle: v.optional(Text),
  description: v.optional(Text),
  sources: v.pipe(Sources, v.minLength(1)),
  options: v.strictObject({ approach: ApproachOption }),
  /** Indications, advantages, caution and risks, for clinicians and in plain language. */
  context: v.optional(v.strictObject({ clinician: ContextText, patient: ContextText })),
  /** What the patient sees after the last step (the drain, dressing, tube and bag or cap), its care and warning signs. */
  aftercare: v.optional(AftercareSchema),
  /** When the procedure does not suit an obstruction case, and why (checkSuitability). */
  unsuitable: v.optional(v.array(Unsuitable), []),
  obstruction: v.optional(Obstruction),
  /**
   * Extra named points (scene units) that routes may use, for places the
   * anatomy does not name, e.g. where a drain's pigtail sits in D2
   * (composition §9). Ids must not clash with anatomy ids.
   */
  points: v.optional(NamedPoints, {}),
  /**
   * Named routes: point, duct and procedure-point ids, skin first, or one
   * list per approach, or the name of a shared route of data/routes.json.
   * A duct is followed to its junction; the duodenum (a tube organ) is
   * followed along its lumen to the point listed after it.
   */
  routes: v.record(Id, v.union([RouteIds, Id])),
  /** Action sequences this procedure repeats (besides the shared ones of data/sequences.json). */
  sequences: v.optional(Sequences, {}),
  steps: v.pipe(v.array(StepSchema), v.minLength(1), v.maxLength(LIMITS.steps, `at most ${LIMITS.steps} steps`)),
});

/** A procedure file as written: a route may still be a shared route's name. */
export type ProcedureFile = v.InferOutput<typeof ProcedureSchema>;
/** A parsed procedure: shared routes are replaced by their ids, their points added to `points`. */
export type Procedure = Omit<ProcedureFile, 'routes' | 'steps'> & {
  readonly routes: Readonly<Record<string, PerApproach<string[]>>>;
  readonly steps: (Omit<ProcedureFile['steps'][number], 'actions'> & { readonly actions: Action[] })[];
};
export type ProcedureStep = Procedure['steps'][number];
export type ProcedureObstruction = v.InferOutput<typeof Obstruction>;
export type ProcedureContext = NonNullable<Procedure['context']>;
export type UnsuitableRule = v.InferOutput<typeof Unsuitable>;
export type Guidance = (typeof GUIDANCE)[number];
