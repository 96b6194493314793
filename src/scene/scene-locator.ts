import type { SceneWords } from './scene-words.js';
import { OVERVIEW } from '../model/cameras.js';
import type { Point } from '../model/anatomy-schema.js';
import type { Camera, SceneLocator, ScenePath } from './scene-types.js';
import { torsoLocator } from './torso-locator.js';

/** The outlines a reader finds their way by: the liver, the bile ducts' trunk, the gallbladder and the duodenum. */
const LANDMARKS = ['liver', 'gallbladder', 'duodenum', 'common-bile-duct', 'common-hepatic-duct'];

/**
 * A locator for a close-up (a view under half the overview's area): the
 * overview frame, the landmark outlines already drawn in this scene, and
 * the close-up's own frame. Null for wider views.
 */
export function sceneLocator(
  camera: Camera,
  paths: readonly ScenePath[],
  /** A patient's view: a torso with the skin entry (`entry`, when a device is in) instead of the organ map. */
  plain = false,
  entry: Point | null = null,
  /** The locator's words, in the widget's language. */
  where?: SceneWords['where'],
  /** Whether the step makes the skin entry (a patient's words then say where it is); default true. */
  access = true,
): SceneLocator | null {
  const frame = OVERVIEW;
  if (!isCloseUp(camera)) return null;
  if (plain) return torsoLocator(camera, paths, entry, where, access);
  const outlines = LANDMARKS.flatMap((id) => {
    const p = paths.find((q) => q.structureId === id && q.id === id) ?? paths.find((q) => q.structureId === id);
    return p ? [{ id, tone: p.tone, d: p.d }] : [];
  });
  return { frame, view: camera, paths: outlines };
}

const isCloseUp = (c: Camera) => c.w * c.h <= 0.5 * OVERVIEW.w * OVERVIEW.h;

/**
 * Where the locator covers the drawing, in scene units, so labels keep out
 * from under it; null when there is none. Mirrors the element's CSS: 6 px
 * from the stage's top right corner, 16% of its width (64–140 px), overview-shaped; a patient's torso
 * locator is 26% (88–150 px) with up to four lines of words (62 px) under it.
 */
export function locatorBox(
  camera: Camera,
  viewport: { readonly width: number; readonly height: number },
  plain = false,
): { x0: number; y0: number; x1: number; y1: number } | null {
  if (!isCloseUp(camera)) return null;
  const ppu = Math.min(viewport.width / camera.w, viewport.height / camera.h);
  const w = plain
    ? Math.max(88, Math.min(150, viewport.width * 0.26))
    : Math.max(64, Math.min(140, viewport.width * 0.16));
  const h = (w * OVERVIEW.h) / OVERVIEW.w + (plain ? 62 : 0);
  // The drawing is centred in the stage (xMidYMid meet): stage px → scene units.
  const left = (viewport.width - camera.w * ppu) / 2;
  const top = (viewport.height - camera.h * ppu) / 2;
  const x = (px: number) => camera.x + (px - left) / ppu;
  const y = (px: number) => camera.y + (px - top) / ppu;
  return { x0: x(viewport.width - 6 - w), y0: y(6), x1: x(viewport.width - 6), y1: y(6 + h) };
}
