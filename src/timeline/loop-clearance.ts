import type { Point } from '../model/anatomy-schema.js';
import { distance, distanceToPolyline, pointAtLength } from '../model/geometry.js';
import { loopCentre } from '../model/loop-centre.js';
import type { Lesion } from './timeline-types.js';
import type { ResolvedRoute } from './resolve-route.js';
import type { DuctNode } from './duct-tree.js';

/** Room kept between a locked loop's centreline and a tumour's edge, units (about 1 mm). */
const MARGIN = 3;
/** How finely the tip is pulled back, units. */
const STEP = 2;

/** A tumour as the scene draws it: a sleeve about a stretch of duct (half-width `half`), or a round mass. */
interface Tumour {
  readonly line: readonly Point[];
  readonly half: number;
}

/** The tumours of a case: sleeves (the dilated duct plus 9 u each side at most) and masses; rings are scar. */
function tumoursOf(
  lesions: readonly (Pick<Lesion, 'kind' | 'mass'> & { duct: string; from: number; to: number; width: number })[],
  tree: ReadonlyMap<string, DuctNode>,
): Tumour[] {
  return lesions.flatMap((l): Tumour[] => {
    if (l.kind === 'mass' && l.mass) return [{ line: [[l.mass.cx, l.mass.cy]], half: l.mass.r }];
    const line = tree.get(l.duct)?.line;
    if (l.kind !== 'sleeve' || !line) return [];
    const inner = line.points.filter((_, i) => line.cum[i]! > l.from && line.cum[i]! < l.to);
    const ends = [pointAtLength(line.points, l.from).point, pointAtLength(line.points, l.to).point];
    return [{ line: [ends[0]!, ...inner, ends[1]!], half: l.width / 2 + 9 }];
  });
}

/**
 * The furthest route arc a drain's tip may reach without crossing so that its locked pigtail (radius `r`, centred
 * 1.2 r ahead of the tip) coils clear of every tumour: in a Bismuth type I case, whose tumour lies just below the
 * spared confluence, the loop forms in the confluence and the right hepatic duct, not in the tumour's tint.
 * Infinity when the whole route is clear.
 */
export function loopClearance(
  route: ResolvedRoute,
  r: number,
  lesions: Parameters<typeof tumoursOf>[0],
  tree: ReadonlyMap<string, DuctNode>,
): number {
  const tumours = tumoursOf(lesions, tree);
  const gap = (p: Point, t: Tumour) =>
    (t.line.length === 1 ? distance(p, t.line[0]!) : distanceToPolyline(p, t.line)) - t.half;
  const clear = (tip: number) => {
    const centre = loopCentre(route.points, tip, r);
    const at = pointAtLength(route.points, tip).point;
    return tumours.every((t) => gap(centre, t) >= r + MARGIN && gap(at, t) >= MARGIN);
  };
  // The first tip position from the skin whose loop would touch a tumour; the drain stops just short of it.
  for (let tip = STEP; tip <= route.length; tip += STEP) if (!clear(tip)) return tip - STEP;
  return Infinity;
}
