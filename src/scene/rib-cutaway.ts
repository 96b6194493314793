import type { Point, Structure } from '../model/anatomy-schema.js';
import { polylineLength, sampleSpline, slicePolyline, hypot, distance } from '../model/geometry.js';
import type { ScenePath } from './scene-types.js';
import { polygonPath, tubeOutline } from './tube-outline.js';
import { ribCentreline, ribWidth } from './rib-shape.js';

/** Units of rib cut away either side of where the needle track crosses it (about 1 cm). */
const WINDOW = 28;
/** Crossings this close to the skin entry are the intercostal space itself, not an arc in front. */
const AT_SKIN = 16;
/** A solid stub of rib shorter than this beside the window (units) reads as a loose square: the window takes it. */
const MIN_PIECE = 48;
/** Units over which a rib narrows into the window, and the share of its width left where it meets it. */
const TAPER = 18;
const TIP = 0.35;

/** 1 away from the window, easing down to TIP over the last TAPER units before an edge at arc `edge`. */
const tipAt = (arc: number, edge: number): number => {
  const t = Math.min(1, Math.abs(arc - edge) / TAPER);
  return TIP + (1 - TIP) * t * t * (3 - 2 * t);
};

/**
 * A slice without interior points crowding its ends: a cut that falls just past a sample leaves a sliver segment,
 * and the spline through it overshoots backward (the tip's outline folds over).
 */
const spaced = (line: readonly Point[]): Point[] =>
  line.filter((p, i) => i === 0 || i === line.length - 1 || (far(p, line[0]!) && far(p, line.at(-1)!)));
const far = (p: Point, q: Point) => distance(p, q) > 2;

/** Arc length along `line` where it crosses the segment a→b, beyond `skip` units from a; null if it does not. */
function crossing(line: readonly Point[], [a, b]: readonly [Point, Point], skip: number): number | null {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len = hypot(dx, dy);
  const side = (p: Point) => (p[0] - a[0]) * dy - (p[1] - a[1]) * dx;
  let arc = 0;
  for (let i = 1; i < line.length; i++) {
    const [p, q] = [line[i - 1]!, line[i]!];
    const step = distance(q, p);
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
 * the crossing: solid on either side, narrowing to round tips, a dashed
 * outline ("in front") across the window, so the needle never seems to pierce
 * bone. Null when the track does
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
  // The window's edges (none where a piece runs on to the rib's own end): every piece narrows into them.
  const edges = [from, to].filter((e) => e > 0 && e < total);
  const narrowed = (arc: number) => Math.min(1, ...edges.map((e) => tipAt(arc, e)));
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
              tubeOutline(
                spaced(slicePolyline(spine, a, b)),
                (f) => ribWidth(s, (a + (b - a) * f) / total) * narrowed(a + (b - a) * f),
                // Solid pieces end round at the window, so no square cut shows mid-liver.
                !dashed,
              ),
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
