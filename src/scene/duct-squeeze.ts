import type { Structure } from '../model/anatomy-schema.js';
import { polylineLength, sampleSpline } from '../model/geometry.js';
import type { Lesion } from '../timeline/timeline-types.js';
import type { ShapeState } from './structure-paths.js';

type Squeeze = Pick<ShapeState, 'narrow' | 'downstream'>;

/**
 * How lesions squeeze one duct: its own strictures, any other duct running
 * through a tumour mass (the pancreatic duct in a head mass: the double-duct
 * sign), and normal calibre below a block.
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
      if (span) narrow.push({ span, factor: Math.max(0.35, l.patency * 1.6) });
    }
  }
  return { narrow, downstream };
}

/** The stretch of a duct's smooth centreline inside a circle, as arc-length fractions. */
function insideCircle(duct: Structure, c: { cx: number; cy: number; r: number }): [number, number] | null {
  if (duct.shape.type !== 'tube') return null;
  const spine = sampleSpline(duct.shape.centerline);
  const total = polylineLength(spine);
  let walked = 0;
  let from = -1;
  let to = -1;
  for (let i = 0; i < spine.length; i++) {
    if (i > 0) walked += Math.hypot(spine[i]![0] - spine[i - 1]![0], spine[i]![1] - spine[i - 1]![1]);
    if (Math.hypot(spine[i]![0] - c.cx, spine[i]![1] - c.cy) < c.r * 0.8) {
      if (from < 0) from = walked / total;
      to = walked / total;
    }
  }
  return from >= 0 && to - from > 0.02 ? [from, to] : null;
}
