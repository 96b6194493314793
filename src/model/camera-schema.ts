import * as v from 'valibot';
import { Text } from './schema-atoms.js';

const describe = <T extends v.GenericSchema>(schema: T, text: string) => v.pipe(schema, v.description(text));
const Size = v.pipe(v.number(), v.minValue(1));

/** One camera preset: a viewBox rectangle in scene units (viewBox 0 0 1000 800). */
export const CameraSchema = v.strictObject({
  x: describe(v.number(), 'Left edge, scene units.'),
  y: describe(v.number(), 'Top edge, scene units.'),
  w: describe(Size, 'Width, scene units.'),
  h: describe(Size, 'Height, scene units.'),
  note: v.optional(describe(Text, 'What the framing shows and its design source.')),
  locator: v.optional(
    describe(
      v.picklist(['top-right', 'top-left', 'bottom-right', 'bottom-left']),
      'The corner the close-up map tries first (default top-right, then top-left, bottom-right, bottom-left), where the default one would cover what this framing is about. A corner over a device or the lesion is still passed over.',
    ),
  ),
  film: v.optional(
    describe(
      v.string(),
      'The preset an X-ray (fluoroscopy) view uses instead, where a film shows less than the drawing (no bag outside the body).',
    ),
  ),
});

/** data/cameras.json: camera presets by name, for steps (`camera`) and obstruction cases. */
export const CameraFileSchema = v.objectWithRest({ $schema: v.optional(v.string()) }, CameraSchema);
