import * as v from 'valibot';
import { LAYERS } from './anatomy-schema.js';
import { Id, Text } from './schema-atoms.js';

const describe = <T extends v.GenericSchema>(schema: T, text: string) => v.pipe(schema, v.description(text));
const Box = v.strictObject({
  x: describe(v.number(), 'Left edge, scene units.'),
  y: describe(v.number(), 'Top edge (the bag neck), scene units.'),
  w: describe(v.pipe(v.number(), v.minValue(1)), 'Width, scene units.'),
  h: describe(v.pipe(v.number(), v.minValue(1)), 'Height, scene units.'),
});

/** data/landmarks.json: the anatomy ids and places the code gives a role. */
export const LandmarksSchema = v.strictObject({
  $schema: v.optional(v.string()),
  aimLine: describe(
    v.strictObject({
      from: describe(Id, 'Point id of the skin entry.'),
      target: describe(Id, 'Point id of the target duct: the planned path runs from the entry to it.'),
      toward: describe(Id, 'Point id the needle is aimed toward (an arrow at the entry points at it).'),
      note: v.optional(Text),
    }),
    'The dotted planned needle path, drawn when a step labels its `toward` point.',
  ),
  cavities: describe(
    v.array(Id),
    'Hollow organs (outlines) a route may end inside, at the middle of the lumen, and contrast may fill.',
  ),
  gallbladder: describe(Id, 'The gallbladder: it fills with contrast that runs up its whole duct.'),
  gallbladderDuct: describe(
    Id,
    'The duct joining the gallbladder: when it is dilated or drained, so is the gallbladder.',
  ),
  hepaticDucts: describe(
    v.strictObject({ right: Id, left: Id }),
    'Each side’s hepatic duct: a case whose tumour fills one side’s duct whole must be drained from the other side.',
  ),
  papilla: describe(Id, 'Where a stent may run across into the duodenum (`transpapillary` stops).'),
  roomiest: describe(
    Id,
    'The organ with the most room for its name (the liver): named after the others, so a smaller one finds its place first.',
  ),
  overlay: describe(
    v.strictObject({ structure: Id, over: Id, layer: v.picklist(LAYERS), note: v.optional(Text) }),
    'A structure drawn again, faintly, in a higher layer, to show what runs behind it.',
  ),
  entryOver: describe(
    Id,
    'The organ a front skin entry lies over in the frontal view (the liver): a device entering inside its outline gets a ring at the skin in every step, so its tube reads as leaving the skin, not the organ.',
  ),
  midlineX: describe(
    v.number(),
    "X of the body midline: a drain entering right of it (the left, subxiphoid one) runs its tubing to a bag on the patient's left.",
  ),
  bagDrop: describe(
    v.pipe(v.number(), v.minValue(0)),
    'How far below the drain hub a bag hangs at least, in units: it drains by gravity.',
  ),
  bags: describe(
    v.strictObject({ right: Box, left: Box }),
    "Where a drainage bag hangs outside the body: `right` outside the right flank for a right-sided drain, `left` beyond the left costal margin on the patient's left for a left-sided (subxiphoid) one.",
  ),
});
export type Landmarks = v.InferOutput<typeof LandmarksSchema>;
