import type { Point, Structure } from '../model/anatomy-schema.js';
import type { Camera } from './scene-types.js';
import { distance } from '../model/geometry.js';

/**
 * Where a label's leader should end in this frame: the authored point when it
 * is in view, else a point of the structure that is (the middle of its visible
 * centreline or outline), else the authored point (the label then gets an
 * edge arrow toward it).
 */
export function labelAnchor(s: Structure, camera: Camera): Point | undefined {
  const to = s.label?.to;
  const inFrame = (p: Point) =>
    p[0] > camera.x && p[0] < camera.x + camera.w && p[1] > camera.y && p[1] < camera.y + camera.h;
  if (!to || inFrame(to)) return to;
  const visible = visiblePoints(s, camera);
  return visible.length ? visible[Math.floor(visible.length / 2)] : to;
}

/** The points of a structure's centreline or outline in view, about 12 units apart, in order. */
export function visiblePoints(s: Structure, camera: Camera): Point[] {
  const inFrame = (p: Point) =>
    p[0] > camera.x && p[0] < camera.x + camera.w && p[1] > camera.y && p[1] < camera.y + camera.h;
  const shape = s.shape;
  const points =
    shape.type === 'tube'
      ? shape.centerline
      : shape.type === 'outline' || shape.type === 'line' || shape.type === 'band'
        ? shape.points
        : [];
  // Densify, so long straight stretches (a reference line) still offer a point in view.
  const dense = points.flatMap((p, i) => {
    const next = points[i + 1];
    if (!next) return [p];
    const n = Math.max(1, Math.ceil(distance(next, p) / 12));
    return Array.from({ length: n }, (_, k): Point => [
      p[0] + ((next[0] - p[0]) * k) / n,
      p[1] + ((next[1] - p[1]) * k) / n,
    ]);
  });
  return dense.filter(inFrame);
}
