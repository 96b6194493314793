import type { Structure } from '../model/anatomy-schema.js';
import { polylineLength } from '../model/geometry.js';
import type { Lesion } from '../timeline/timeline-types.js';
import { contrastPath } from './contrast-paths.js';
import type { ScenePath } from './scene-types.js';
import type { ShapeState } from './structure-paths.js';
import { splineOf } from '../model/spline-of.js';

/** Units over which a free front thins and fades (about 1.6 cm). */
const FADE = 45;
/** How opaque the fading stretch is. */
const FADED = 0.45;
/** How close to a lesion's end a column's end counts as stopped by it, units. */
const AT_LESION = 12;

/**
 * Contrast in a duct. A column whose end is a free front (still spreading, or where a small injection ended) and
 * not a block runs on at full width, then thins and fades over its last stretch, the way dilute contrast spreads
 * toward where it drains: it never ends square, which would read as a cut-off. A column stopped at a lesion keeps
 * its shoulder and beak, the sign of the block. The core comes first, then the fading pieces.
 */
export function ductContrast(
  s: Structure,
  span: readonly [number, number],
  state: ShapeState,
  lesions: readonly Lesion[],
): (ScenePath | null)[] {
  if (s.shape.type !== 'tube') return [contrastPath(s, span, state)];
  const total = polylineLength(splineOf(s.shape.centerline));
  const [from, to] = span;
  const blocked = (f: number) =>
    lesions.some((l) => l.duct === s.id && l.span.some((e) => Math.abs(e - f) * total < AT_LESION));
  const tail = from > 0.01 && !blocked(from);
  const head = to < 0.99 && !blocked(to);
  const fade = Math.min(FADE / total, (to - from) / 3);
  if (!tail && !head) return [contrastPath(s, span, state)];
  const piece = (p: readonly [number, number], open: readonly [boolean, boolean], end: string) => {
    const path = contrastPath(s, p, state, { open, round: true });
    return path && { ...path, id: `${path.id}-${end}`, opacity: FADED };
  };
  // Too short to run on and then fade (a dab spilling into a side branch): all of it is the faint front.
  if (fade * total < 6) return [piece(span, [false, false], head ? 'head' : 'tail')];
  const lo = tail ? from + fade : from;
  const hi = head ? to - fade : to;
  return [
    contrastPath(s, [lo, hi], state, { open: [tail, head] }),
    tail ? piece([from, lo], [false, true], 'tail') : null,
    head ? piece([hi, to], [true, false], 'head') : null,
  ];
}
