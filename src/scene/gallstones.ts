import type { Point, Structure } from '../model/anatomy-schema.js';
import { polygonCentroid } from '../model/geometry.js';
import type { Stone } from '../model/procedure-schema.js';
import type { ScenePath } from './scene-types.js';
import { smoothClosed } from './smooth-path.js';
import { structureGeometry, type ShapeState } from './structure-paths.js';

/** How far out a stone's edge may reach, as a share of the way to the wall: stones lie in the lumen (cavity-contrast). */
const LUMEN = 0.85;
/** Corners of a stone before rounding: faceted, as stones packed together wear each other flat. */
const FACETS = 6;

/** How far a ray from `c` along the unit vector `u` runs before it leaves the outline. */
function reach(outline: readonly Point[], [cx, cy]: Point, [ux, uy]: Point): number {
  let far = 0;
  for (let i = 0, j = outline.length - 1; i < outline.length; j = i++) {
    const [ax, ay] = outline[j]!;
    const [bx, by] = outline[i]!;
    const [ex, ey] = [bx - ax, by - ay];
    const det = ux * -ey + uy * ex;
    if (Math.abs(det) < 1e-9) continue;
    const [wx, wy] = [ax - cx, ay - cy];
    const t = (wx * -ey + wy * ex) / det;
    const s = (ux * wy - uy * wx) / det;
    if (t > 0 && s >= 0 && s <= 1) far = Math.max(far, t);
  }
  return far;
}

/** A repeatable number in [0, 1) for a stone's facet, so each stone keeps its own shape from frame to frame. */
const jitter = (stone: number, facet: number) => {
  const x = Math.sin(stone * 12.9898 + facet * 78.233) * 43758.5453;
  return x - Math.floor(x);
};

/**
 * Gallstones in an organ cavity (the gallbladder): each a rounded, faceted pebble of its own size, painted with the
 * contrast (after it: a filling defect on a film). Stones are placed in the organ's distended outline; as it shrinks
 * or swells they keep their direction and share of the way from its middle to its wall, and their size, staying in
 * the lumen.
 */
export function gallstonePaths(organ: Structure, state: ShapeState, stones: readonly Stone[]): ScenePath[] {
  if (organ.shape.type !== 'outline' || !stones.length) return [];
  const from = structureGeometry(organ, { ...state, outlineState: 'distended', outlineMix: 1 });
  const now = structureGeometry(organ, state);
  const [c0, c1] = [polygonCentroid(from), polygonCentroid(now)];
  return stones.flatMap((stone, i) => {
    const [dx, dy] = [stone.x - c0[0], stone.y - c0[1]];
    const out = Math.hypot(dx, dy);
    const u: Point = out > 1e-6 ? [dx / out, dy / out] : [1, 0];
    const share = out / Math.max(1e-6, reach(from, c0, u));
    const room = reach(now, c1, u);
    const at = Math.max(0, Math.min(share * room, room * LUMEN - stone.r));
    const [x, y] = [c1[0] + u[0] * at, c1[1] + u[1] * at];
    const turn = jitter(i, FACETS) * Math.PI;
    const corners = Array.from({ length: FACETS }, (_, k): Point => {
      const a = turn + (k / FACETS) * 2 * Math.PI;
      const r = stone.r * (0.8 + 0.2 * jitter(i, k));
      return [x + r * Math.cos(a), y + r * Math.sin(a)];
    });
    const d = smoothClosed(corners);
    return d
      ? [
          {
            id: `stone-${organ.id}-${i}`,
            structureId: organ.id,
            layer: 'ducts',
            tone: organ.tone,
            paint: 'stone',
            d,
            dashed: false,
          },
        ]
      : [];
  });
}
