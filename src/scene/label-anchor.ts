import type { Point, Structure } from '../model/anatomy-schema.js';
import type { Camera } from './scene-types.js';

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
  const shape = s.shape;
  const points =
    shape.type === 'tube'
      ? shape.centerline
      : shape.type === 'outline' || shape.type === 'line' || shape.type === 'band'
        ? shape.points
        : [];
  const visible = points.filter(inFrame);
  return visible.length ? visible[Math.floor(visible.length / 2)] : to;
}
