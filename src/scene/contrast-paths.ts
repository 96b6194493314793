import type { Point, Structure } from '../model/anatomy-schema.js';
import { arcTable } from '../model/arc-table.js';
import { polylineLength, slicePolyline } from '../model/geometry.js';
import type { ScenePath } from './scene-types.js';
import { tubeWidth, type ShapeState } from './structure-paths.js';
import { polygonPath, tubeOutline } from './tube-outline.js';
import { splineOf } from '../model/spline-of.js';

/** Units over which a stopped column narrows into its shoulder (about 7 mm). */
const SHOULDER = 20;
/** Spacing of the duodenal folds seen at the edge of a contrast cast, in units (about 4 mm). */
const FOLD = 14;

/** 0 at the column's end, 1 a shoulder's length back: a smooth S, never a step. */
const smoothstep = (x: number) => {
  const t = Math.max(0, Math.min(1, x));
  return t * t * (3 - 2 * t);
};

/** Points every `step` units (about) along a polyline, the same count in every engine. */
export function resample(line: readonly Point[], step: number): Point[] {
  const total = polylineLength(line);
  // A stretch a whole number of steps long must give one count in every engine: a last-bit difference in `total`
  // would otherwise add a point and shift every vertex (the duodenal cast spans exactly 560 units).
  const n = Math.max(1, Math.ceil(total / step - 1e-6));
  const at = arcTable(line);
  return Array.from({ length: n + 1 }, (_, k) => at((k / n) * total).point);
}

/** How a contrast column is drawn besides its span. */
export interface ContrastOptions {
  /** A width factor (default none): a bowel's fill as a smooth thin stream (contrast squirting through a tight ring). */
  readonly jet?: number;
  /** Whether the tail and the head end run on into another piece (full width there, no shoulder); default not. */
  readonly open?: readonly [boolean, boolean];
  /** A fading front (not a block): its closed ends narrow only to a blunt, round tip, never a beak; default not. */
  readonly round?: boolean;
}

/**
 * Contrast inside a duct's lumen over the filled stretch [from, to] of its
 * centreline, slightly narrower than the lumen so the wall still shows. A
 * column that stops short (at a block, or at the advancing front) narrows
 * smoothly over a shoulder into a short beak, so a cut-off never reads as a
 * stone's round meniscus nor as a jagged edge. In the duodenum the contrast
 * is a cast of the C-loop whose edges ripple with the mucosal folds.
 */
export function contrastPath(
  s: Structure,
  span: readonly [number, number],
  state: ShapeState,
  { jet, open = [false, false], round = false }: ContrastOptions = {},
): ScenePath | null {
  if (s.shape.type !== 'tube') return null;
  const [from, to] = span;
  if (to - from < 0.005) return null;
  // Fractions are of arc length along the smooth centreline.
  const spine = splineOf(s.shape.centerline);
  const total = polylineLength(spine);
  const cast = s.kind !== 'duct';
  const stretch = resample(slicePolyline(spine, from * total, to * total), cast ? 2 : 3);
  if (stretch.length < 2) return null;
  const whole = from < 0.01 && to > 0.99;
  // A bowel filling from its closed end (a Roux limb's blind end) keeps that end round.
  const roundStart = from < 0.01 && s.kind === 'organ' && jet === undefined;
  const length = (to - from) * total;
  const outline = tubeOutline(
    stretch,
    (f) => {
      const w = (cast ? 0.72 : 0.86) * (jet ?? 1) * tubeWidth(s, from + f * (to - from), state);
      const arc = (from + f * (to - from)) * total;
      const folds = cast && jet === undefined ? 1 - 0.05 * (1 - Math.cos((2 * Math.PI * arc) / FOLD)) : 1;
      // Whole ducts keep round ends to merge at junctions; a cast tapers at both ends of the bolus.
      const tip = round ? 0.6 : 0.3;
      const tail = cast || (from > 0.01 && !open[0]) ? tip + (1 - tip) * smoothstep((f * length) / SHOULDER) : 1;
      const head = cast || (to < 0.99 && !open[1]) ? tip + (1 - tip) * smoothstep(((1 - f) * length) / SHOULDER) : 1;
      return w * folds * Math.min(tail, head);
    },
    // A duct filled to its mouth at the papilla ends there, square, as its wall does.
    state.mouth && to > 0.99 && (whole || round) ? 'start' : whole || roundStart || round,
    1,
  );
  return {
    id: `contrast-${s.id}`,
    structureId: s.id,
    layer: s.layer,
    tone: cast ? s.tone : 'bile',
    paint: 'contrast',
    d: polygonPath(outline),
    dashed: false,
  };
}
