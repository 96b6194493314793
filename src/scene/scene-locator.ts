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
  if (camera.w * camera.h > 0.5 * frame.w * frame.h) return null;
  const outlines = LANDMARKS.flatMap((id) => {
    const p = paths.find((q) => q.structureId === id && q.id === id) ?? paths.find((q) => q.structureId === id);
    return p ? [{ id, tone: p.tone, d: p.d }] : [];
  });
  return { frame, view: camera, paths: outlines };
}
