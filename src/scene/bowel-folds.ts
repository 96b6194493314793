import type { Point, Structure } from '../model/anatomy-schema.js';
import { arcTable } from '../model/arc-table.js';
import { polylineLength, sampleSpline } from '../model/geometry.js';
import type { ScenePath } from './scene-types.js';
import { tubeWidth, type ShapeState } from './structure-paths.js';

/** Spacing of the circular folds (valvulae conniventes) drawn in a filled bowel, in units (about 5 mm). */
export const FOLD_SPACING = 14;
/** Where a fold starts and stops across the cast, as shares of its half-width out from the centre line. */
const FOLD_SPAN = [0.92, 0.3] as const;
/** Units kept clear of each end of the filled stretch, where the cast tapers. */
const END_CLEAR = 16;

/**
 * The circular folds of a contrast-filled bowel as short inner lines: each
 * fold runs a short way in from one wall, alternating walls, so
 * the lumen reads as gut (a feathery pattern) and not as a solid rock. They sit at
 * the narrow points of the cast's rippled edge. Null for a duct, a jet or too
 * short a stretch.
 */
export function bowelFolds(s: Structure, span: readonly [number, number], state: ShapeState): ScenePath | null {
  if (s.shape.type !== 'tube' || s.kind === 'duct') return null;
  const spine = sampleSpline(s.shape.centerline);
  const total = polylineLength(spine);
  const at = arcTable(spine);
  const [from, to] = [span[0] * total + END_CLEAR, span[1] * total - END_CLEAR];
  const lines: string[] = [];
  for (let k = Math.ceil(from / FOLD_SPACING - 0.5); (k + 0.5) * FOLD_SPACING <= to; k++) {
    const arc = (k + 0.5) * FOLD_SPACING;
    const { point: p, tangent: t } = at(arc);
    // The cast fills 0.72 of the lumen (contrastPath).
    const half = (0.72 * tubeWidth(s, arc / total, state)) / 2;
    const side = k % 2 === 0 ? 1 : -1;
    const across = (u: number): Point => [p[0] - t[1] * half * u * side, p[1] + t[0] * half * u * side];
    const [a, b] = FOLD_SPAN.map(across) as [Point, Point];
    lines.push(`M${a[0].toFixed(1)},${a[1].toFixed(1)}L${b[0].toFixed(1)},${b[1].toFixed(1)}`);
  }
  if (lines.length === 0) return null;
  return {
    id: `folds-${s.id}`,
    structureId: s.id,
    layer: s.layer,
    tone: s.tone,
    paint: 'folds',
    d: lines.join(''),
    dashed: false,
  };
}
