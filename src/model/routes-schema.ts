import * as v from 'valibot';
import { Id, perApproach, ScenePoint } from './schema-atoms.js';

const describe = <T extends v.GenericSchema>(schema: T, text: string) => v.pipe(schema, v.description(text));

/** A route: point, duct, lumen and organ ids, skin first; or one list per approach. */
export const RouteIds = describe(
  perApproach(v.pipe(v.array(Id), v.minLength(2, 'a route needs at least 2 ids'))),
  'Ids from the skin inward: points (anatomy or `points`), ducts (followed to their junction), a tube organ such as the duodenum (followed along its lumen to the next point), or an organ outline such as the gallbladder (the middle of its lumen). Or one list per approach: { "right": […], "left": […] }.',
);

/** Extra named points, for places the anatomy does not name. */
export const NamedPoints = describe(
  v.record(Id, ScenePoint),
  'Extra named points [x, y] in scene units that routes may use, for places the anatomy does not name; ids must not clash with anatomy ids.',
);

/** data/routes.json: routes and points several procedures share, defined once. */
export const SharedRoutesSchema = v.strictObject({
  $schema: v.optional(v.string()),
  $comment: v.optional(v.string()),
  points: v.optional(NamedPoints, {}),
  routes: describe(v.record(Id, RouteIds), 'Shared routes by name; a procedure uses one by naming it.'),
});

/** data/routes.json as the validator returns it (points defaulted). */
export type SharedRoutes = v.InferOutput<typeof SharedRoutesSchema>;
