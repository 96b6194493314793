import type { Point, Structure } from '../model/anatomy-schema.js';
import { polygonCentroid } from '../model/geometry.js';
import type { ScenePath } from './scene-types.js';
import { structureGeometry, structurePaths, type ShapeState } from './structure-paths.js';

/**
 * Contrast in an organ cavity (the gallbladder) filled to `level` 0–1: a
 * dense copy of the organ's current outline, grown from its middle, kept
 * inside the wall so the wall still shows.
 */
export function cavityContrast(s: Structure, level: number, state: ShapeState): ScenePath | null {
  if (s.shape.type !== 'outline' || level < 0.01) return null;
  const outline = structureGeometry(s, state);
  const [cx, cy] = polygonCentroid(outline);
  const k = 0.3 + 0.55 * Math.min(1, level);
  const shrunk = outline.map(([x, y]): Point => [cx + (x - cx) * k, cy + (y - cy) * k]);
  const drawn = structurePaths({ ...s, shape: { ...s.shape, points: shrunk, states: undefined } }, state)[0];
  if (!drawn) return null;
  return { ...drawn, id: `contrast-${s.id}`, tone: 'bile', paint: 'contrast', dashed: false, clip: undefined };
}
