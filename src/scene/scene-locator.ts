import type { SceneWords } from './scene-words.js';
import { OVERVIEW } from '../model/cameras.js';
import type { Point } from '../model/anatomy-schema.js';
import type { Camera, LocatorCorner, SceneLocator, ScenePath } from './scene-types.js';

export type { LocatorCorner };

/** A box in scene units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
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
  /** The stage's corner it sits in; default top right. */
  corner: LocatorCorner = 'top-right',
  /** Other tracts' skin entries (a second drain's), shown muted beside `entry`; default none. */
  others: readonly Point[] = [],
): SceneLocator | null {
  const frame = OVERVIEW;
  if (!isCloseUp(camera)) return null;
  if (plain) return { ...torsoLocator(camera, paths, entry, where, access), ...(others.length && { others }), corner };
  const outlines = LANDMARKS.flatMap((id) => {
    const p = paths.find((q) => q.structureId === id && q.id === id) ?? paths.find((q) => q.structureId === id);
    return p ? [{ id, tone: p.tone, d: p.d }] : [];
  });
  return { frame, view: camera, paths: outlines, corner };
}

const isCloseUp = (c: Camera) => c.w * c.h <= 0.5 * OVERVIEW.w * OVERVIEW.h;

/**
 * Where the locator covers the drawing, in scene units, so labels keep out
 * from under it; null when there is none. Mirrors the element's CSS: 6 px
 * from the stage's `corner` (default top right), 16% of its width (64–140 px), overview-shaped; a patient's torso
 * locator is 26% (88–150 px) with up to four lines of words (62 px) beside it, toward the middle.
 */
export function locatorBox(
  camera: Camera,
  viewport: { readonly width: number; readonly height: number },
  plain = false,
  corner: LocatorCorner = 'top-right',
): Box | null {
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
  const px0 = corner.endsWith('right') ? viewport.width - 6 - w : 6;
  const py0 = corner.startsWith('top') ? 6 : viewport.height - 6 - h;
  return { x0: x(px0), y0: y(py0), x1: x(px0 + w), y1: y(py0 + h) };
}
