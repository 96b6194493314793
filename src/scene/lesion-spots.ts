import type { Point } from '../model/anatomy-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { pointAtLength, polylineLength } from '../model/geometry.js';
import type { Lesion } from '../timeline/timeline-types.js';
import { tubeWidth, type ShapeState } from './structure-paths.js';
import { splineOf } from '../model/spline-of.js';

/** Fractions of a block's span tried for its leader's end, middle first. */
const ALONG = [0.5, 0.35, 0.65, 0.2, 0.8];
/** Units a sleeve's wall reaches beyond the dilated duct on each side, where its leader may end. */
const WALL = 3;

/**
 * Where a block's label may end, best first (the drawing's view): its own point, then points of the tumour around
 * it, so a device or another leader's end at the first choice still leaves the block a name. A mass offers points
 * around its body at half its radius; a sleeve points in its wall on both sides of the duct; a scar points along it.
 */
export function lesionSpots(lesion: Lesion, anatomy: Anatomy, first: Point, state: ShapeState): Point[] {
  if (lesion.mass) {
    const { cx, cy, r } = lesion.mass;
    const around = Array.from({ length: 8 }, (_, i): Point => {
      const a = (i * Math.PI) / 4;
      return [cx + 0.55 * r * Math.cos(a), cy + 0.55 * r * Math.sin(a)];
    });
    return [first, ...around];
  }
  const duct = anatomy.byId.get(lesion.duct);
  if (duct?.shape.type !== 'tube') return [first];
  const spine = splineOf(duct.shape.centerline);
  const total = polylineLength(spine);
  const [a, b] = lesion.span;
  const dilated: ShapeState = { ...state, dilation: 1, narrow: [], downstream: undefined };
  const spots = ALONG.flatMap((f): Point[] => {
    const at = a + f * (b - a);
    const { point, tangent } = pointAtLength(spine, at * total);
    // A scar pinches the duct itself: its wall; a sleeve's tumour wraps the dilated duct.
    const off =
      lesion.kind === 'ring'
        ? tubeWidth(duct, at, { ...state, narrow: [] }) / 2 + 1
        : tubeWidth(duct, at, dilated) / 2 + WALL;
    const [nx, ny] = [-tangent[1], tangent[0]];
    return [
      [point[0] + nx * off, point[1] + ny * off],
      [point[0] - nx * off, point[1] - ny * off],
    ];
  });
  return [
    first,
    ...(lesion.kind === 'ring' ? ALONG.map((f) => pointAtLength(spine, (a + f * (b - a)) * total).point) : []),
    ...spots,
  ];
}
