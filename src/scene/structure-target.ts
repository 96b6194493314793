import type { Structure } from '../model/anatomy-schema.js';
import type { SceneTarget } from './scene-types.js';
import { circle, structureGeometry, type ShapeState } from './structure-paths.js';
import { polygonPath, tubeOutline } from './tube-outline.js';

/** Hit area that takes hover, tap and keyboard focus for a labelled structure. */
export function structureTarget(s: Structure, state: ShapeState): SceneTarget {
  const shape = s.shape;
  let d: string;
  if (shape.type === 'point') d = polygonPath(circle(shape.at[0], shape.at[1], 14));
  // Thin lines get a finger-wide hit band; the drawn line stays thin.
  else if (shape.type === 'line') d = polygonPath(tubeOutline(shape.points, () => 16));
  else d = polygonPath(structureGeometry(s, state));
  return { id: `target-${s.id}`, structureId: s.id, name: s.name, d };
}
