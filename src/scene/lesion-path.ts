import type { ScenePath } from './scene-types.js';
import { polygonPath } from './tube-outline.js';
import type { Point } from '../model/anatomy-schema.js';

/** An irregular tumour mass (e.g. in the pancreatic head), drawn over the duct it squeezes. */
export function lesionPath(mass: { readonly cx: number; readonly cy: number; readonly r: number }): ScenePath {
  // A fixed lumpy outline (no randomness: the scene is a pure function).
  const lumps = [1, 0.93, 1.04, 0.96, 1.06, 0.9, 1.02, 0.95, 1.05, 0.92, 1.0, 0.97];
  const pts = lumps.map((k, i): Point => {
    const a = (i / lumps.length) * 2 * Math.PI;
    return [mass.cx + mass.r * k * Math.cos(a), mass.cy + mass.r * k * Math.sin(a)];
  });
  return {
    id: 'lesion-mass',
    structureId: 'lesion',
    layer: 'duodenum',
    tone: 'pancreas',
    paint: 'lesion',
    d: polygonPath(pts),
    dashed: false,
  };
}
