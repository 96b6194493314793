import type { Point, Structure } from '../model/anatomy-schema.js';
import { insidePolygon, polygonCentroid, hypot } from '../model/geometry.js';
import type { Stone } from '../model/procedure-schema.js';
import type { ScenePath } from './scene-types.js';
import { polygonPath } from './tube-outline.js';
import { CAVITY_LUMEN } from './cavity-lumen.js';
import { structureGeometry, type ShapeState } from './structure-paths.js';

/** Facets of a stone, worn flat where stones packed together rub, and points along its rounded outline. */
const FACETS = 6;
const POINTS = 24;

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

/** A stone's outline about (0, 0): a rounded pebble whose radius eases between its facets' (convex throughout). */
function pebble(r: number, i: number): Point[] {
  const turn = jitter(i, FACETS) * Math.PI;
  const radii = Array.from({ length: FACETS }, (_, k) => r * (0.8 + 0.2 * jitter(i, k)));
  return Array.from({ length: POINTS }, (_, n): Point => {
    const f = (n / POINTS) * FACETS;
    const k = Math.floor(f);
    const ease = (1 - Math.cos((f - k) * Math.PI)) / 2;
    const radius = radii[k]! + (radii[(k + 1) % FACETS]! - radii[k]!) * ease;
    const a = turn + (n / POINTS) * 2 * Math.PI;
    return [radius * Math.cos(a), radius * Math.sin(a)];
  });
}

/**
 * The outlines of gallstones in an organ cavity (the gallbladder), scene units. Stones are placed in the organ's
 * distended outline; as it shrinks or swells each keeps its direction and share of the way from the middle to the
 * wall, and its size, moving in only as far as it must to stay wholly in the lumen.
 */
export function gallstoneShapes(organ: Structure, state: ShapeState, stones: readonly Stone[]): Point[][] {
  if (organ.shape.type !== 'outline' || !stones.length) return [];
  const from = structureGeometry(organ, { ...state, outlineState: 'distended', outlineMix: 1 });
  const now = structureGeometry(organ, state);
  const [c0, c1] = [polygonCentroid(from), polygonCentroid(now)];
  const lumen = now.map(([x, y]): Point => [c1[0] + (x - c1[0]) * CAVITY_LUMEN, c1[1] + (y - c1[1]) * CAVITY_LUMEN]);
  return stones.map((stone, i) => {
    const [dx, dy] = [stone.x - c0[0], stone.y - c0[1]];
    const out = hypot(dx, dy);
    const u: Point = out > 1e-6 ? [dx / out, dy / out] : [1, 0];
    const share = out / Math.max(1e-6, reach(from, c0, u));
    const room = reach(now, c1, u);
    const shape = pebble(stone.r, i);
    const placed = (at: number) => shape.map(([x, y]): Point => [c1[0] + u[0] * at + x, c1[1] + u[1] * at + y]);
    let at = Math.max(0, Math.min(share * room, room * CAVITY_LUMEN - stone.r));
    while (at > 0 && !placed(at).every((p) => insidePolygon(p, lumen))) at = Math.max(0, at - 1);
    return placed(at);
  });
}

/** The part of `subject` inside the convex polygon `clip` (Sutherland–Hodgman). */
function clipConvex(subject: readonly Point[], clip: readonly Point[]): Point[] {
  const area = clip.reduce((s, [x, y], i) => {
    const [nx, ny] = clip[(i + 1) % clip.length]!;
    return s + x * ny - nx * y;
  }, 0);
  const side = ([ax, ay]: Point, [bx, by]: Point, [px, py]: Point) =>
    Math.sign(area) * ((bx - ax) * (py - ay) - (by - ay) * (px - ax));
  let out: Point[] = [...subject];
  for (let i = 0; i < clip.length && out.length; i++) {
    const [a, b] = [clip[i]!, clip[(i + 1) % clip.length]!];
    const input = out;
    out = [];
    for (let j = 0; j < input.length; j++) {
      const [p, q] = [input[j]!, input[(j + 1) % input.length]!];
      const [sp, sq] = [side(a, b, p), side(a, b, q)];
      if (sp >= 0) out.push(p);
      if (sp >= 0 !== sq >= 0) {
        const t = sp / (sp - sq);
        out.push([p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t]);
      }
    }
  }
  return out;
}

/**
 * Gallstones as scene paths, painted with the contrast (after it). In the drawing each is a pebble. On a film
 * (`film`: the contrast pool's outline, or null without contrast) a stone shows only where it displaces contrast, as a
 * lucent filling defect: only its part inside the pool is drawn.
 */
export function gallstonePaths(
  organ: Structure,
  state: ShapeState,
  stones: readonly Stone[],
  film?: readonly Point[] | null,
): ScenePath[] {
  if (film === null) return [];
  return gallstoneShapes(organ, state, stones).flatMap((shape, i) => {
    const drawn = film ? clipConvex(film, shape) : shape;
    if (drawn.length < 3) return [];
    return [
      {
        id: `stone-${organ.id}-${i}`,
        structureId: organ.id,
        layer: 'ducts',
        tone: organ.tone,
        paint: 'stone',
        d: polygonPath(drawn),
        dashed: false,
      },
    ];
  });
}
