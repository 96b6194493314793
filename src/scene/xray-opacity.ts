import type { Point } from '../model/anatomy-schema.js';
import {
  distanceToPolyline,
  nearestOnPolyline,
  polylineLength,
  pointAtLength,
  sampleSpline,
} from '../model/geometry.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { Lesion } from '../timeline/timeline-types.js';
import { cached } from './shape-cache.js';

/** Contrast spans by duct or bowel id, fractions of its centreline's arc length. */
export type ContrastSpans = Readonly<Record<string, readonly [number, number]>>;

/** Units (about 4 mm) within which a contrast column's end counts as stopping at a block. */
const AT_BLOCK = 12;

/** A tube's smoothed centreline and its length, kept per anatomy. */
function spineOf(anatomy: Anatomy, id: string): { line: Point[]; length: number } | null {
  const s = anatomy.byId.get(id);
  if (s?.shape.type !== 'tube') return null;
  const centerline = s.shape.centerline;
  return cached(anatomy, s, 'xray-spine', () => {
    const line = sampleSpline(centerline);
    return { line, length: polylineLength(line) };
  });
}

/** The contrast spans that still show (those washed out fully are gone). */
export function shownContrast(contrast: ContrastSpans, washout: Readonly<Record<string, number>> = {}): ContrastSpans {
  return Object.fromEntries(Object.entries(contrast).filter(([id]) => (washout[id] ?? 0) < 0.99));
}

/**
 * Whether contrast fills a tube within `reach` units of point p, or a device line passes that close: what an
 * X-ray can show there. A point on no opacified lumen (a papilla below a complete cut-off) shows nothing.
 */
export function opacifiedAt(
  anatomy: Anatomy,
  contrast: ContrastSpans,
  p: Point,
  reach: number,
  devices: readonly (readonly Point[])[] = [],
): boolean {
  for (const [id, [from, to]] of Object.entries(contrast)) {
    const spine = spineOf(anatomy, id);
    if (!spine || to - from < 0.005) continue;
    const near = nearestOnPolyline(spine.line, p);
    const f = near.arc / spine.length;
    if (near.distance <= reach && f >= from - reach / spine.length && f <= to + reach / spine.length) return true;
  }
  return devices.some((line) => line.length > 1 && distanceToPolyline(p, line) <= reach);
}

/**
 * Where an X-ray shows a block: the end of a contrast column that stops at a lesion (its last opacified point),
 * the one nearest a lesion's span; null when no column stops at one (no contrast yet, or it flows through).
 */
export function cutOffPoint(anatomy: Anatomy, lesions: readonly Lesion[], contrast: ContrastSpans): Point | null {
  let best: { gap: number; at: Point } | null = null;
  for (const lesion of lesions) {
    const spine = spineOf(anatomy, lesion.duct);
    const span = contrast[lesion.duct];
    if (!spine || !span || span[1] - span[0] < 0.005) continue;
    const [a, b] = lesion.span;
    // Contrast running through the whole lesion is no cut-off.
    if (span[0] <= a + 0.002 && span[1] >= b - 0.002) continue;
    for (const end of [span[0], span[1]]) {
      const gap = (end < a ? a - end : end > b ? end - b : 0) * spine.length;
      if (gap <= AT_BLOCK && (!best || gap < best.gap))
        best = { gap, at: pointAtLength(spine.line, end * spine.length).point };
    }
  }
  return best?.at ?? null;
}
