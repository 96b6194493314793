import type { Point, Structure } from '../model/anatomy-schema.js';
import { LANDMARKS } from '../model/landmarks.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { papillaMound } from './papilla-mound.js';
import { ribNumerals } from './rib-numerals.js';
import type { Camera, ScenePath, SceneLabel } from './scene-types.js';
import { polygonPath } from './tube-outline.js';

/** Length of the 'toward T12' arrow, units (about 1.3 cm). */
export const AIM_ARROW = 36;

/**
 * Right access aim: the planned path (dotted = planned, composition §15) from
 * the skin entry to the target duct only, so it never crosses the hilum, and
 * the direction toward the T12 body as a short solid arrow just above the
 * path's medial end, inside the liver (at the skin it crowded the entry's label).
 */
export function aimPaths(anatomy: Anatomy): ScenePath[] {
  const { from, target: to, toward } = LANDMARKS.aimLine;
  const entry = anatomy.byId.get(from)?.shape;
  const target = anatomy.byId.get(to)?.shape;
  const t12 = anatomy.byId.get(toward)?.shape;
  if (entry?.type !== 'point' || target?.type !== 'point' || t12?.type !== 'point') return [];
  const [x0, y0] = entry.at;
  const [shaft, head] = aimArrow(anatomy);
  const line = (run: readonly Point[]) => run.map(([x, y], i) => `${i ? 'L' : 'M'}${x},${y}`).join('');
  const base = { structureId: toward, layer: 'markers', tone: 'reference', dashed: false } as const;
  return [
    { ...base, id: 'aim-path', paint: 'planned', d: `M${x0},${y0}L${target.at[0]},${target.at[1]}` },
    { ...base, id: 'aim-t12', paint: 'arrow', d: `${line(shaft!)}${line(head!)}` },
  ];
}

/** The "toward T12" arrow's shaft and head as polylines (labels keep off them), or none without an aim line. */
export function aimArrow(anatomy: Anatomy): Point[][] {
  const { from, target: to, toward } = LANDMARKS.aimLine;
  const entry = anatomy.byId.get(from)?.shape;
  const target = anatomy.byId.get(to)?.shape;
  const t12 = anatomy.byId.get(toward)?.shape;
  if (entry?.type !== 'point' || target?.type !== 'point' || t12?.type !== 'point') return [];
  const dir = Math.sign(t12.at[0] - entry.at[0]) || 1;
  const [ax, ay] = [target.at[0] - 14 * dir, target.at[1] - 13];
  const bx = ax + AIM_ARROW * dir;
  return [
    [
      [ax, ay],
      [bx, ay],
    ],
    [
      [bx - 7 * dir, ay - 4.5],
      [bx, ay],
      [bx - 7 * dir, ay + 4.5],
    ],
  ];
}

/**
 * Point landmarks with a mark of their own shape: a papilla (a point on a
 * bowel) is a small mound on the bowel wall; a point inside another point
 * landmark (the ampulla within the papilla) adds no second mark, so the pair
 * never reads as a figure 8. Null for every other structure.
 */
export function landmarkPaths(anatomy: Anatomy, s: Structure): ScenePath[] | null {
  if (s.shape.type !== 'point' || s.kind !== 'landmark' || !s.parent) return null;
  const parent = anatomy.byId.get(s.parent);
  if (parent?.shape.type === 'point') return [];
  const mound = parent?.kind === 'organ' ? papillaMound(s.shape.at, parent) : null;
  if (!mound) return null;
  const d = polygonPath(mound);
  return [{ id: s.id, structureId: s.id, layer: 'duodenum', tone: 'duodenum', paint: 'mound', d, dashed: false }];
}

/**
 * Marks that are not labels (outside the label budget; labels keep clear of
 * them): rib numbers in right access steps, and on a film "T12" on the body of
 * T12, the level the hub's arrow points toward.
 */
export function numerals(
  anatomy: Anatomy,
  chosen: ReadonlySet<string> | null,
  size: number,
  plain: boolean,
  /** The frame: "T12" stays inside it when the vertebra lies at its edge. */
  camera?: Camera,
  /** A film (default not): only a film shows the T12 body the tag names. */
  xray = false,
): SceneLabel[] {
  const { from, toward } = LANDMARKS.aimLine;
  // Rib numbers, like vertebral levels, are for clinicians.
  const out = chosen?.has(from) && !plain ? ribNumerals(anatomy, size, camera) : [];
  const body = anatomy.byId.get(toward)?.shape;
  // Vertebral levels are for clinicians; a patient's drawing keeps the arrow without "T12". The level is
  // written on the vertebral body itself: beside the needle in the flank it would read as a rib or the entry level.
  // The illustration draws no spine there, so a tag would float over the IVC: the arrow's own label names it.
  if (chosen?.has(toward) && body?.type === 'point' && !plain && xray) {
    const [x, y] = camera
      ? [Math.min(body.at[0], camera.x + camera.w - size * 1.6), Math.min(body.at[1], camera.y + camera.h - size)]
      : body.at;
    out.push({
      id: 'numeral-t12',
      structureId: toward,
      kind: 'numeral',
      text: 'T12',
      x,
      y: y + size * 0.36,
      align: 'middle',
      size,
      leader: null,
    });
  }
  return out;
}
