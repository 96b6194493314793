import * as v from 'valibot';
import { LAYERS, TONES } from './layers.js';

export { LAYERS, TONES };
import { LIMITS } from './limits.js';
import { Coord, Id, Length, Str, Text } from './schema-atoms.js';

/** A point in viewBox units: [X, Y], X to the viewer's right, Y downward. */
export const PointSchema = v.tuple([Coord, Coord]);

const Points = (min: number) =>
  v.pipe(
    v.array(PointSchema),
    v.minLength(min, `needs at least ${min} points`),
    v.maxLength(LIMITS.points, `at most ${LIMITS.points} points`),
  );

/** Drawn widths in viewBox units (true mm × 4.2, composition §1). */
const Diameter = v.strictObject({
  normal: Length(0.5),
  dilated: Length(0.5),
});

/** Tubes: ducts and vessels, drawn along a centreline. */
const TubeShape = v.strictObject({
  type: v.literal('tube'),
  centerline: Points(2),
  diameter: Diameter,
  /** Optional per-point width override at the periphery end (tapering). */
  taperTo: v.optional(Diameter),
});
/** Closed outlines (organs, vertebrae, regions). */
const OutlineShape = v.strictObject({
  type: v.literal('outline'),
  points: Points(3),
  /** Alternative outlines keyed by state (e.g. "distended"). */
  states: v.optional(v.record(Str, Points(3))),
  smooth: v.optional(v.boolean()),
});
/** Open polylines (reference lines, ligaments, lung edge). */
const LineShape = v.strictObject({
  type: v.literal('line'),
  points: Points(2),
  smooth: v.optional(v.boolean()),
});
/** A band of constant width along a centreline (ribs, cartilages). */
const BandShape = v.strictObject({
  type: v.literal('band'),
  points: Points(2),
  width: Length(1),
});
const EllipseShape = v.strictObject({
  type: v.literal('ellipse'),
  cx: Coord,
  cy: Coord,
  rx: Length(1),
  ry: Length(1),
});
const MarkerShape = v.strictObject({
  type: v.literal('point'),
  at: PointSchema,
});

export const ShapeSchema = v.variant('type', [
  TubeShape,
  OutlineShape,
  LineShape,
  BandShape,
  EllipseShape,
  MarkerShape,
]);

const LabelSchema = v.strictObject({
  /** Label text position, viewBox units. */
  x: Coord,
  y: Coord,
  /** Text alignment at (x, y). */
  align: v.optional(v.picklist(['start', 'middle', 'end']), 'start'),
  /** Point on the structure the leader line ends at; no leader when omitted. */
  to: v.optional(PointSchema),
  /** 1 = shown on phones, 2 = from 700 px, 3 = from 1200 px wide, 4 = only while hovered or focused (or chosen by a step). */
  priority: v.optional(v.picklist([1, 2, 3, 4]), 3),
});

export const StructureSchema = v.strictObject({
  id: Id,
  kind: v.picklist(['organ', 'duct', 'vessel', 'landmark']),
  layer: v.picklist(LAYERS),
  tone: v.picklist(TONES),
  name: Text,
  /** Short label text (e.g. "CBD"); the name is used when absent. */
  short: v.optional(Text),
  description: Text,
  /**
   * The name in plain words for `audience="patient"`: three words or fewer, no segment numbers, vertebral levels or
   * eponyms (e.g. "main bile tube"). Without one, the structure is not labelled for patients.
   */
  plainName: v.optional(
    v.pipe(
      Text,
      v.check((t) => t.trim().split(/\s+/).length <= 3, 'a plain name has at most three words'),
    ),
  ),
  /** The description in plain words for `audience="patient"` (reading grade ≤ 6). */
  plainDescription: v.optional(Text),
  label: v.optional(LabelSchema),
  /** Brief source tags, e.g. ["S7", "S15d"]. */
  sources: v.pipe(v.array(v.pipe(v.string(), v.regex(/^S\d+[a-z]?$/))), v.minLength(1)),
  shape: ShapeSchema,
  /** Parent structure: the duct this one drains into, or the organ it is part of. */
  parent: v.optional(Id),
  /** Lies behind the front plane: drawn dashed (composition §15). */
  behind: v.optional(v.boolean()),
  /** Not drawn unless a view or step asks for it. */
  hidden: v.optional(v.boolean()),
  /** Clip the drawing to another structure's outline (segments to the liver). */
  clip: v.optional(Id),
  /**
   * Lies behind another structure that is drawn earlier: the illustration leaves out the part under that
   * structure's outline, so it reads as passing behind it (the duodenal bulb under the gallbladder).
   */
  under: v.optional(Id),
});

export const AnatomyFileSchema = v.strictObject({
  $schema: v.optional(Str),
  group: Id,
  structures: v.pipe(
    v.array(StructureSchema),
    v.minLength(1),
    v.maxLength(LIMITS.structures, `at most ${LIMITS.structures} structures`),
  ),
});

export type Point = v.InferOutput<typeof PointSchema>;
export type Shape = v.InferOutput<typeof ShapeSchema>;
export type Structure = v.InferOutput<typeof StructureSchema>;
export type AnatomyFile = v.InferOutput<typeof AnatomyFileSchema>;
export type Layer = (typeof LAYERS)[number];
export type Tone = (typeof TONES)[number];
