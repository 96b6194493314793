import * as v from 'valibot';
import { APPROACHES, Coord, Fraction, Id, Length, Sources, Str, Text } from './schema-atoms.js';

/** Lesion kinds: a tumour around the duct, tumour along its wall, or a short concentric scar. */
export const LESION_KINDS = ['mass', 'sleeve', 'ring'] as const;

/**
 * One narrowed stretch of one duct. `span` is [from, to] as arc-length
 * fractions of the duct's smoothed centreline (`sampleSpline(centerline)`,
 * 0 = periphery end, 1 = junction end). `patency` is the lumen left, as a
 * fraction of the dilated width, before any treatment.
 */
const LesionSchema = v.pipe(
  v.strictObject({
    duct: Id,
    span: v.pipe(
      v.tuple([Fraction, Fraction]),
      v.check(([a, b]) => a < b, 'span must be [from, to] with from < to'),
    ),
    kind: v.picklist(LESION_KINDS),
    patency: Fraction,
    /** The tumour's outline as a circle (scene units); masses only. */
    mass: v.optional(v.strictObject({ cx: Coord, cy: Coord, r: Length(1) })),
  }),
  v.forward(
    v.check((l) => l.mass === undefined || l.kind === 'mass', 'only a "mass" lesion has a mass circle'),
    ['mass'],
  ),
);

/**
 * Surgically changed anatomy for a case (a hepaticojejunostomy): structures
 * that are gone, hidden ones that are drawn, ducts that now drain into a new
 * landmark (`join`: duct id → landmark point on the new bowel), and route ids
 * of the procedures replaced by others (`routes`: e.g. the papilla and
 * duodenum of a transpapillary route become the jejunal limb).
 */
const CaseAnatomySchema = v.strictObject({
  remove: v.optional(v.array(Id), []),
  show: v.optional(v.array(Id), []),
  join: v.optional(v.record(Id, Id), {}),
  routes: v.optional(v.record(Id, v.array(Id)), {}),
});

/**
 * One obstruction case. The dilated ducts are not listed: they are derived
 * from the duct tree (every duct with a stretch upstream of a lesion), plus
 * `alsoDilated` (the pancreatic duct of a double-duct sign). The gallbladder
 * is distended when the cystic duct is among them (block below it).
 */
const CaseSchema = v.strictObject({
  id: Id,
  /** Name for clinicians, e.g. "Hilar cholangiocarcinoma, Bismuth–Corlette IIIa". */
  name: Text,
  /** Name in plain language. */
  plainName: Text,
  /** One or two sentences for the procedures' `{obstruction}` text: clinician and plain language (grade ≤ 6). */
  summary: v.strictObject({ clinician: Text, patient: Text }),
  malignant: v.boolean(),
  lesions: v.pipe(v.array(LesionSchema), v.minLength(1)),
  alsoDilated: v.optional(v.array(Id), []),
  /**
   * The side(s) to drain, as access approaches: one side (the default is
   * right; IIIa drains the left, the future liver remnant), or both (type IV:
   * a drain or stent on each side).
   */
  drain: v.pipe(v.array(v.picklist(APPROACHES)), v.minLength(1)),
  /** Camera preset for steps that show the lesion (`"camera": "lesion"`). */
  camera: Id,
  /**
   * Camera presets this case frames in place of a step's own, by preset name (e.g. a lower overview that keeps a
   * Roux-en-Y's lower join in frame). Default: none.
   */
  frames: v.optional(v.record(Id, Id), {}),
  /** At most 6 anatomy ids labelled in steps that show the lesion (`"labels": "lesion"`). */
  labels: v.pipe(v.array(Id), v.maxLength(6, 'at most 6 labels')),
  sources: v.pipe(Sources, v.minLength(1)),
  /** Anatomy changed by surgery, when the case has any. */
  anatomy: v.optional(CaseAnatomySchema),
});

/** data/obstructions.json. */
export const ObstructionFileSchema = v.strictObject({
  $schema: v.optional(Str),
  $comment: v.optional(Str),
  /** The case used when none is chosen. */
  default: Id,
  cases: v.pipe(v.array(CaseSchema), v.minLength(1)),
});

export type ObstructionFile = v.InferOutput<typeof ObstructionFileSchema>;
export type ObstructionCase = v.InferOutput<typeof CaseSchema>;
export type ObstructionLesion = v.InferOutput<typeof LesionSchema>;
export type CaseAnatomy = v.InferOutput<typeof CaseAnatomySchema>;
