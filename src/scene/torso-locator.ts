import { ENGLISH_WORDS, type SceneWords } from './scene-words.js';
import type { Point } from '../model/anatomy-schema.js';
import { LANDMARKS } from '../model/landmarks.js';
import type { Camera, SceneLocator, ScenePath } from './scene-types.js';

/**
 * The whole upper body around the drawing, in scene units: the right flank skin sits at x ≈ 120 and the
 * midline at x = 560, so the left flank mirrors to x ≈ 1000; the head sits above the drawing's top and the hips
 * well below its foot, so every close-up's frame (down to a bag hanging below a low exit) lies inside the body.
 * Shaped like the overview (770 / 750), as the locator's box is.
 */
export const TORSO_FRAME: Camera = { x: -313, y: -700, w: 1746, h: 1700 };
/** Where the trunk ends at the hips, in scene units. */
const HIPS = 960;

/** A head, a neck, shoulders and a trunk to the hips, symmetric about the midline. */
function torsoPath(): string {
  const m = LANDMARKS.midlineX;
  const side = (x: number) => [x, 2 * m - x] as const;
  const [n0, n1] = side(500);
  const [s0, s1] = side(-10);
  const [w0, w1] = side(112);
  const [h0, h1] = side(104);
  const head = `M${m - 110},-560a110,110 0 1,0 220,0a110,110 0 1,0 -220,0Z`;
  const trunk =
    `M${n0},-440L${n0},-380C${n0 - 200},-370 ${s0 + 30},-340 ${s0},-250L${w0},150C125,300 125,400 ${w0},520` +
    `L${h0},${HIPS}L${h1},${HIPS}L${w1},520C${2 * m - 125},400 ${2 * m - 125},300 ${w1},150L${s1},-250` +
    `C${s1 - 30},-340 ${n1 + 200},-370 ${n1},-380L${n1},-440Z`;
  return `${head}${trunk}`;
}

const TORSO = torsoPath();

/** Where the entry is, in a patient's words: the side, and between ribs for a skin entry at the flank. */
function whereWords([x]: Point, where: SceneWords['where']): string {
  const m = LANDMARKS.midlineX;
  if (x < m - 300) return where.flank;
  if (x < m - 120) return where.underRibs;
  return where.belowBreastbone;
}

/**
 * A patient's locator for a close-up: a torso silhouette with the liver in it, the close-up's frame, and
 * the spot where the needle or drain enters the skin, with a few words saying where that is on an access step
 * (`access`), or that it went in there, on the steps after it.
 */
export function torsoLocator(
  camera: Camera,
  paths: readonly ScenePath[],
  entry: Point | null,
  where: SceneWords['where'] = ENGLISH_WORDS.where,
  access = true,
): SceneLocator {
  const liver = paths.find((p) => p.structureId === 'liver' && p.id === 'liver');
  return {
    frame: TORSO_FRAME,
    view: camera,
    torso: true,
    paths: [{ id: 'torso', tone: 'skin', d: TORSO }, ...(liver ? [{ id: 'liver', tone: liver.tone, d: liver.d }] : [])],
    spot: entry,
    note: entry ? (access ? whereWords(entry, where) : where.went) : null,
  };
}
