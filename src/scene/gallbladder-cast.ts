import { curveCatmullRomClosed, line } from 'd3-shape';
import type { Point, Structure } from '../model/anatomy-schema.js';
import type { ScenePath } from './scene-types.js';
import { structureGeometry, type ShapeState } from './structure-paths.js';

const smoothClosed = line<Point>().curve(curveCatmullRomClosed.alpha(0));

/**
 * Contrast filling the gallbladder: once it has run up a patent cystic duct,
 * the gallbladder fills as a dense pear inside its wall (brief §2e), in its
 * current (normal or distended) outline.
 */
export function gallbladderCast(gallbladder: Structure, state: ShapeState): ScenePath | null {
  if (gallbladder.shape.type !== 'outline') return null;
  const outline = structureGeometry(gallbladder, state);
  const [cx, cy] = outline.reduce(([x, y], p) => [x + p[0] / outline.length, y + p[1] / outline.length], [0, 0]);
  // Inset toward the middle so the wall still shows around the cast.
  const inset = outline.map(([x, y]): Point => [cx + (x - cx) * 0.9, cy + (y - cy) * 0.9]);
  return {
    id: `contrast-${gallbladder.id}`,
    structureId: gallbladder.id,
    layer: gallbladder.layer,
    tone: 'bile',
    paint: 'contrast',
    d: smoothClosed(inset) ?? '',
    dashed: false,
  };
}
