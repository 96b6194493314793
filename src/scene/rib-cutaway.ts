import type { Point, Structure } from '../model/anatomy-schema.js';
import { polylineLength, sampleSpline, slicePolyline } from '../model/geometry.js';
import type { ScenePath } from './scene-types.js';
import { polygonPath, tubeOutline } from './tube-outline.js';
import { ribCentreline, ribWidth } from './rib-shape.js';

/** Units of rib cut away either side of where the needle track crosses it (about 1 cm). */
const WINDOW = 28;
/** Crossings this close to the skin entry are the intercostal space itself, not an arc in front. */
const AT_SKIN = 16;
/** A solid stub of rib shorter than this beside the window (units) reads as a loose square: the window takes it. */
const MIN_PIECE = 48;

/** Arc length along `line` where it crosses the segment a→b, beyond `skip` units from a; null if it does not. */
function crossing(line: readonly Point[], [a, b]: readonly [Point, Point], skip: number): number | null {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len = Math.hypot(dx, dy);
  const side = (p: Point) => (p[0] - a[0]) * dy - (p[1] - a[1]) * dx;
  let arc = 0;
  for (let i = 1; i < line.length; i++) {
    const [p, q] = [line[i - 1]!, line[i]!];
    const step = Math.hypot(q[0] - p[0], q[1] - p[1]);
    const [sp, sq] = [side(p), side(q)];
    if (sp === 0 || Math.sign(sp) !== Math.sign(sq)) {
      const k = sp / (sp - sq || 1);
      const x: Point = [p[0] + (q[0] - p[0]) * k, p[1] + (q[1] - p[1]) * k];
      const along = ((x[0] - a[0]) * dx + (x[1] - a[1]) * dy) / len;
      if (along > skip && along <= len) return arc + step * k;
    }
    arc += step;
  }
  return null;
}

/**
 * A rib band the access needle's track passes under in projection (its
 * anterior arc, in front of the needle), drawn with a window cut away around
 * the crossing: solid on either side, a dashed outline ("in front") across the
 * window, so the needle never seems to pierce bone. Null when the track does
 * not cross the band away from the skin entry.
 */
export function ribCutaway(s: Structure, track: readonly [Point, Point]): ScenePath[] | null {
  if (s.shape.type !== 'band' || s.tone !== 'bone' || s.behind) return null;
  const spine = sampleSpline(ribCentreline(s));
  const at = crossing(spine, track, AT_SKIN);
  if (at === null) return null;
  const total = polylineLength(spine);
  let [from, to] = [Math.max(0, at - WINDOW), Math.min(total, at + WINDOW)];
  if (from < MIN_PIECE) from = 0;
  if (total - to < MIN_PIECE) to = total;
  const piece = (id: string, a: number, b: number, dashed: boolean): ScenePath[] =>
    b - a < 2
      ? []
      : [
          {
            id,
            structureId: s.id,
            layer: s.layer,
            tone: s.tone,
            paint: 'band',
            d: polygonPath(
              tubeOutline(slicePolyline(spine, a, b), (f) => ribWidth(s, (a + (b - a) * f) / total), false),
            ),
            dashed,
            clip: s.clip,
          },
        ];
  return [
    ...piece(s.id, 0, from, false),
    ...piece(`${s.id}-cut`, from, to, true),
    ...piece(`${s.id}-on`, to, total, false),
  ];
}
