import * as v from 'valibot';
import { Sources, Text } from './schema-atoms.js';

/**
 * How the scene draws a device kind: a new kind that looks like an existing
 * one needs only a data entry.
 */
export const DRAWINGS = [
  'needle',
  'wire',
  'catheter',
  'angled-catheter',
  'marker-catheter',
  'drain',
  'across-drain',
  'probe',
  'planned-path',
  'balloon-catheter',
  'stent-delivery',
  'pusher',
  'stent',
] as const;
export type Drawing = (typeof DRAWINGS)[number];

const describe = <T extends v.GenericSchema>(schema: T, text: string) => v.pipe(schema, v.description(text));

/** One device kind's drawing and size facts (brief §2a, composition §13). */
export const DeviceSpecSchema = v.strictObject({
  name: describe(Text, 'What the device is, with its typical size, e.g. "21–22G Chiba needle".'),
  draws: describe(
    v.picklist(DRAWINGS),
    'The drawing archetype: needle (bevelled metal), wire (floppy tip), catheter, angled-catheter, marker-catheter (bands every cm), drain (locking pigtail with side holes, to a bag), across-drain (internal–external drain with holes above and below the block), probe (ultrasound probe and beam), planned-path (a dotted line from the skin mark along the route: the path chosen for a needle, not a device in the body), balloon-catheter, stent-delivery, pusher, stent.',
  ),
  mm: describe(
    v.pipe(v.number(), v.minValue(0)),
    'True outer diameter in mm (stents: constrained on their delivery system); drawn at mm × 4.2 units.',
  ),
  minPx: describe(v.pipe(v.number(), v.minValue(0)), 'Smallest on-screen width in CSS px (composition §13).'),
  hub: describe(v.pipe(v.number(), v.minValue(0)), 'Length drawn outside the skin (hub, handle), in scene units.'),
  loopMm: v.optional(
    describe(
      v.pipe(v.number(), v.minValue(1)),
      'Drains: diameter of the locked pigtail loop in true mm (drawn at 2.8 units per mm, not exaggerated).',
    ),
  ),
  holesMm: v.optional(
    describe(
      v.pipe(v.number(), v.minValue(0)),
      'Drains: how much of the end, in true mm back from the tip along the loop and shaft, carries side holes (default about 54 mm; a gallbladder drain keeps them on its loop).',
    ),
  ),
  sources: describe(Sources, 'Brief source tags for the sizes.'),
});

/** data/devices.json: device kinds by id. */
export const DeviceFileSchema = v.objectWithRest({ $schema: v.optional(v.string()) }, DeviceSpecSchema);
export type DeviceSpec = v.InferOutput<typeof DeviceSpecSchema>;
