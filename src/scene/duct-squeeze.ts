import type { Structure } from '../model/anatomy-schema.js';
import { sampleSpline } from '../model/geometry.js';
import type { Lesion } from '../timeline/timeline-types.js';
import type { ShapeState } from './structure-paths.js';

type Squeeze = Pick<ShapeState, 'narrow' | 'downstream'>;

/**
 * How tight a tumour mass closes another duct it engulfs: as tight as a block. A bile stent opens only the bile
 * duct, so this never follows the lesion's own (stented) patency.
 */
export const ENGULFED_PATENCY = 0.22;

/**
 * How lesions squeeze one duct: its own strictures, any other duct running
 * through a tumour mass (the pancreatic duct in a head mass: dilated up to
 * the mass, shut inside it with the same shoulder as the bile duct, normal
 * calibre below it: the double-duct sign), and normal calibre below a block.
 */
export function ductSqueeze(duct: Structure, lesions: readonly Lesion[]): Squeeze {
  if (duct.shape.type !== 'tube') return {};
  const narrow: { span: readonly [number, number]; factor: number }[] = [];
  let downstream: number | undefined;
  for (const l of lesions) {
    if (l.duct === duct.id) {
      narrow.push({ span: l.span, factor: l.patency });
      // The duct below a block was never under pressure: it keeps its normal calibre even once the block is opened.
      downstream = Math.min(downstream ?? 1, l.span[1]);
    } else if (l.mass) {
      const span = insideCircle(duct, l.mass);
      if (!span) continue;
      narrow.push({ span, factor: ENGULFED_PATENCY });
      downstream = Math.min(downstream ?? 1, span[1]);
    }
  }
  return { narrow, downstream };
}

/**
 * The stretch of a duct's smooth centreline inside a circle, as the fractions tubeWidth takes (of the drawn tube's
 * samples, tubeFrame's 8 a segment), so the drawn shoulder starts at the mass's edge.
 */
function insideCircle(duct: Structure, c: { cx: number; cy: number; r: number }): [number, number] | null {
  if (duct.shape.type !== 'tube') return null;
  const spine = sampleSpline(duct.shape.centerline, 8);
  const inside = spine.flatMap((p, i) => (Math.hypot(p[0] - c.cx, p[1] - c.cy) < c.r ? [i / (spine.length - 1)] : []));
  const from = inside[0];
  const to = inside.at(-1);
  return from !== undefined && to !== undefined && to - from > 0.02 ? [from, to] : null;
}
