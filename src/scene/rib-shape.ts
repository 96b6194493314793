import type { Point, Structure } from '../model/anatomy-schema.js';
import { hypot, distance } from '../model/geometry.js';

/** How far a rib's middle stands off the straight line between its ends, as a share of that line's length. */
const BOW = 0.12;
/** A rib's width at its costal (or free) end, as a share of its width at the first point. */
const TAPER = 0.62;

/**
 * A rib's centreline bowed upward: a rib is an arc, highest in its middle, never a straight plank. Its ends stay
 * where the data puts them (the costochondral junction meets its cartilage). Other bands come back unchanged.
 */
export function ribCentreline(s: Structure): readonly Point[] {
  if (s.shape.type !== 'band') return [];
  const pts = s.shape.points;
  if (s.tone !== 'bone' || pts.length < 3) return pts;
  return bowed(pts, BOW);
}

/** Points bowed upward (toward smaller y) by `bow` × the chord, most in the middle, not at all at the ends. */
export function bowed(pts: readonly Point[], bow: number): Point[] {
  const [a, b] = [pts[0]!, pts.at(-1)!];
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len = hypot(dx, dy) || 1;
  // Of the chord's two normals, the one that points up.
  const [nx, ny] = -dx < 0 ? [dy / len, -dx / len] : [-dy / len, dx / len];
  const arc = [0];
  for (let i = 1; i < pts.length; i++) arc.push(arc[i - 1]! + distance(pts[i]!, pts[i - 1]!));
  const total = arc.at(-1)! || 1;
  return pts.map(([x, y], i): Point => {
    const lift = Math.sin((Math.PI * arc[i]!) / total) * bow * len;
    return [x + nx * lift, y + ny * lift];
  });
}

/** The share of the diaphragm's length over which each end thins to its slips on the lower ribs. */
const SLIP = 0.08;
/** The diaphragm's width at its very ends, as a share of its width: a thin slip, not a cut-off muscle. */
const SLIP_END = 0.25;

/**
 * A band's drawn width at fraction f along it (0 = its first point): a rib narrows toward its costal or free end;
 * the diaphragm thins at both ends, where it inserts on the lower ribs (cut square, its end read as an artefact).
 */
export function ribWidth(s: Structure, f: number): number {
  if (s.shape.type !== 'band') return 0;
  const { width } = s.shape;
  if (s.tone === 'bone') return width * (1 - (1 - TAPER) * f * f);
  if (s.tone === 'diaphragm') return width * Math.min(1, SLIP_END + ((1 - SLIP_END) * Math.min(f, 1 - f)) / SLIP);
  return width;
}
