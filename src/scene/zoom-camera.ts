import type { Camera } from '../model/cameras.js';

/** The user's zoom on top of the step's camera: scale k ≥ 1 and a pan in scene units. */
export interface UserView {
  readonly k: number;
  readonly dx: number;
  readonly dy: number;
}

export const IDENTITY_VIEW: UserView = { k: 1, dx: 0, dy: 0 };
export const MAX_ZOOM = 8;

/** Applies a user view to a camera, keeping the view inside the camera's frame. */
export function zoomCamera(camera: Camera, view: UserView): Camera {
  const k = Math.max(1, Math.min(MAX_ZOOM, view.k));
  const w = camera.w / k;
  const h = camera.h / k;
  const cx = camera.x + camera.w / 2 + view.dx;
  const cy = camera.y + camera.h / 2 + view.dy;
  const x = Math.max(camera.x, Math.min(camera.x + camera.w - w, cx - w / 2));
  const y = Math.max(camera.y, Math.min(camera.y + camera.h - h, cy - h / 2));
  return { x, y, w, h };
}

/** Zooms by `factor` about the scene point (px, py), returning the new view. */
export function zoomAbout(camera: Camera, view: UserView, factor: number, px: number, py: number): UserView {
  const before = zoomCamera(camera, view);
  const k = Math.max(1, Math.min(MAX_ZOOM, view.k * factor));
  const w = camera.w / k;
  const h = camera.h / k;
  // Keep (px, py) under the same screen spot.
  const fx = (px - before.x) / before.w;
  const fy = (py - before.y) / before.h;
  const x = px - fx * w;
  const y = py - fy * h;
  return { k, dx: x + w / 2 - (camera.x + camera.w / 2), dy: y + h / 2 - (camera.y + camera.h / 2) };
}
