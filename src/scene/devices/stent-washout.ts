import type { Point } from '../../model/anatomy-schema.js';
import type { SceneDevicePart } from '../scene-types.js';
import { polygonPath, type TubeFrame } from '../tube-outline.js';
import { distance } from '../../model/geometry.js';

/** Units over which the washout fades in at each end of a stent (about 14 mm at 2.8 units per mm of length). */
export const FEATHER = 39;

/**
 * The washout's full strength: the share of white laid over the contrast (0–1). Weak and slow to build, so the
 * film lightens by no more than about 3 grey levels per mm: contrast does not know where a stent begins.
 */
export const WASHOUT = 0.12;

/**
 * Where bile flows through an open stent it washes contrast out of the
 * stented stretch first (an X-ray shows a lighter lumen between the struts).
 * The lighter zone is the stent's own outline, cut into slices across it:
 * full strength in the middle, fading in over about 14 mm at each end, so it
 * never reads as a box pasted onto the duct or an edge at the stent's top. `body` is the stent's outline
 * part (its id and opacity are reused).
 */
export function stentWashout(frame: TubeFrame, body: SceneDevicePart): SceneDevicePart[] {
  const { spine } = frame;
  const n = spine.length;
  if (n < 2) return [];
  const arcs = [0];
  for (let i = 1; i < n; i++) arcs.push(arcs[i - 1]! + distance(spine[i]!, spine[i - 1]!));
  const length = arcs[n - 1]!;
  const feather = Math.min(FEATHER, length / 3);
  // 0 at either end of the stent, 1 a feather's length in.
  const strength = (arc: number) => {
    const t = Math.max(0, Math.min(1, Math.min(arc, length - arc) / feather));
    return t * t * (3 - 2 * t);
  };
  const slices: SceneDevicePart[] = [];
  let start = 0;
  for (let i = 1; i < n; i++) {
    const level = strength((arcs[i - 1]! + arcs[i]!) / 2);
    const full = level > 0.99;
    // The full-strength middle is one slice; each step of the ramps its own.
    if (full && i < n - 1 && strength((arcs[i]! + arcs[i + 1]!) / 2) > 0.99) continue;
    slices.push({
      ...body,
      id: `${body.deviceId}-washout-${slices.length}`,
      part: 'washout',
      d: polygonPath(band(frame, start, i)),
      opacity: body.opacity * level * WASHOUT,
    });
    start = i;
  }
  return slices;
}

/** The closed outline of a stent's frame between samples `from` and `to`: one edge forward, the other back. */
function band({ spine, normals, halves }: TubeFrame, from: number, to: number): Point[] {
  const side = (sign: 1 | -1) =>
    spine.slice(from, to + 1).map((p, k): Point => {
      const i = from + k;
      return [p[0] - sign * normals[i]![1] * halves[i]!, p[1] + sign * normals[i]![0] * halves[i]!];
    });
  return [...side(1), ...side(-1).reverse()];
}
