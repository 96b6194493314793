import { CAMERAS } from '../model/cameras.js';
import type { Camera, SceneLocator, ScenePath } from './scene-types.js';

/** The outlines a reader finds their way by: the liver, the bile ducts' trunk, the gallbladder and the duodenum. */
const LANDMARKS = ['liver', 'gallbladder', 'duodenum', 'common-bile-duct', 'common-hepatic-duct'];

/**
 * A locator for a close-up (a view under half the overview's area): the
 * overview frame, the landmark outlines already drawn in this scene, and
 * the close-up's own frame. Null for wider views.
 */
export function sceneLocator(camera: Camera, paths: readonly ScenePath[]): SceneLocator | null {
  const frame = CAMERAS.overview;
  if (!isCloseUp(camera)) return null;
  const outlines = LANDMARKS.flatMap((id) => {
    const p = paths.find((q) => q.structureId === id && q.id === id) ?? paths.find((q) => q.structureId === id);
    return p ? [{ id, tone: p.tone, d: p.d }] : [];
  });
  return { frame, view: camera, paths: outlines };
}

const isCloseUp = (c: Camera) => c.w * c.h <= 0.5 * CAMERAS.overview.w * CAMERAS.overview.h;

/**
 * Where the locator covers the drawing, in scene units, so labels keep out
 * from under it; null when there is none. Mirrors the element's CSS: 6 px
 * from the stage's top right corner, 16% of its width (64–140 px), overview-shaped.
 */
export function locatorBox(
  camera: Camera,
  viewport: { readonly width: number; readonly height: number },
): { x0: number; y0: number; x1: number; y1: number } | null {
  if (!isCloseUp(camera)) return null;
  const ppu = Math.min(viewport.width / camera.w, viewport.height / camera.h);
  const w = Math.max(64, Math.min(140, viewport.width * 0.16));
  const h = (w * CAMERAS.overview.h) / CAMERAS.overview.w;
  // The drawing is centred in the stage (xMidYMid meet): stage px → scene units.
  const left = (viewport.width - camera.w * ppu) / 2;
  const top = (viewport.height - camera.h * ppu) / 2;
  const x = (px: number) => camera.x + (px - left) / ppu;
  const y = (px: number) => camera.y + (px - top) / ppu;
  return { x0: x(viewport.width - 6 - w), y0: y(6), x1: x(viewport.width - 6), y1: y(6 + h) };
}
