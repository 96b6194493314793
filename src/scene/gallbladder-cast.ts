import type { Point, Structure } from '../model/anatomy-schema.js';
import type { ScenePath } from './scene-types.js';
import { smoothClosed } from './smooth-path.js';
import { structureGeometry, type ShapeState } from './structure-paths.js';

/**
 * Opacity of contrast pooled in the gallbladder: a little lighter than the ducts' columns (it mixes with the bile
 * there), yet of the same value as the cystic duct that fed it, so the filled gallbladder reads as filled.
 */
export const DILUTED = 0.85;

/**
 * Contrast pooled in the gallbladder: once it has run up a patent cystic
 * duct, it mixes with the bile there (brief §2e), so it is a little paler
 * than the ducts and spreads from the neck into the body and fundus as `level` 0–1
 * rises. It stays inside the current (normal or distended) wall, under the
 * ducts, so the CBD in front keeps its outline.
 */
export function gallbladderCast(gallbladder: Structure, state: ShapeState, level = 1): ScenePath | null {
  if (gallbladder.shape.type !== 'outline') return null;
  const outline = structureGeometry(gallbladder, state);
  const [cx, cy] = outline.reduce(([x, y], p) => [x + p[0] / outline.length, y + p[1] / outline.length], [0, 0]);
  // The pool grows from the neck (the outline's first point) toward the wall, which it never reaches.
  const [nx, ny] = outline[0]!;
  const k = Math.max(0, Math.min(1, level));
  const ox = nx + (cx - nx) * k;
  const oy = ny + (cy - ny) * k;
  const scale = 0.25 + 0.65 * k;
  const inset = outline.map(([x, y]): Point => [ox + (x - cx) * scale, oy + (y - cy) * scale]);
  return {
    id: `contrast-${gallbladder.id}`,
    structureId: gallbladder.id,
    layer: gallbladder.layer,
    tone: 'bile',
    paint: 'contrast',
    d: smoothClosed(inset) ?? '',
    dashed: false,
    opacity: DILUTED * (0.6 + 0.4 * k),
  };
}
