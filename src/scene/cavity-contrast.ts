import type { Point, Structure } from '../model/anatomy-schema.js';
import { insidePolygon, pointAtLength, polygonCentroid } from '../model/geometry.js';
import { drawsAs } from '../model/device-specs.js';
import type { DeviceState } from '../timeline/timeline-types.js';
import type { ScenePath } from './scene-types.js';
import { structureGeometry, structurePaths, type ShapeState } from './structure-paths.js';
import { CAVITY_LUMEN } from './cavity-lumen.js';

/** The smallest pool, as a share of the full one. */
const FIRST = 0.3 / CAVITY_LUMEN;
/** Steps along a route while looking for where it enters the lumen, scene units. */
const STEP = 2;
/** How far past the lumen's edge the pool starts (about 5 mm): the drawn tip, bevel and all, lies within it. */
const DEPTH = 12;

/**
 * Where the contrast in an organ cavity spreads from. Given through a needle, it is a point of the needle's route a
 * few millimetres inside the lumen (the cavity within its wall), or its tip if that is not so deep. Every device in
 * the cavity runs the same route, so the point holds while the needle gives way to a wire and a drain; as a drain's
 * loop forms off that route, the point moves to the middle, where the pool surrounds the loop. Undefined when no
 * device in the body reaches the lumen.
 */
export function cavityInlet(outline: readonly Point[], devices: readonly DeviceState[]): Point | undefined {
  const [cx, cy] = polygonCentroid(outline);
  const inLumen = ([x, y]: Point) =>
    insidePolygon([cx + (x - cx) / CAVITY_LUMEN, cy + (y - cy) / CAVITY_LUMEN], outline);
  // A probe lies on the skin: its route only aims its beam. A planned path is no device: nothing gives contrast there.
  const inside = devices.filter((d) => !['probe', 'planned-path'].includes(drawsAs(d.kind)));
  let entry: { device: DeviceState; at: number } | undefined;
  for (const d of inside) {
    for (let s = 0; s <= d.tip && !entry; s += STEP)
      if (inLumen(pointAtLength(d.route, s).point)) entry = { device: d, at: s };
    if (entry) break;
  }
  if (!entry) return undefined;
  // Only what lies in this cavity counts: a device elsewhere has a route of its own. A drain's loop curls off its
  // route: as it forms, the pool moves to surround it.
  const within = inside.filter((d) => inLumen(pointAtLength(d.route, d.tip).point));
  const at = Math.min(Math.max(entry.at, ...within.map((d) => d.tip)), entry.at + DEPTH);
  const [x, y] = pointAtLength(entry.device.route, at).point;
  const kept = 1 - Math.max(0, ...within.map((d) => d.curl));
  return [cx + (x - cx) * kept, cy + (y - cy) * kept];
}

/**
 * Contrast in an organ cavity (the gallbladder) filled to `level` 0–1: a
 * dense copy of the organ's current outline, kept inside the wall so the wall
 * still shows. It spreads from `inlet` (cavityInlet) and always covers that
 * point, so a little contrast given through a needle shows round its tip;
 * without one it grows from the middle.
 */
export function cavityContrast(s: Structure, level: number, state: ShapeState, inlet?: Point): ScenePath | null {
  const shrunk = cavityPool(s, level, state, inlet);
  if (!shrunk || s.shape.type !== 'outline') return null;
  const drawn = structurePaths({ ...s, shape: { ...s.shape, points: shrunk, states: undefined } }, state)[0];
  if (!drawn) return null;
  return { ...drawn, id: `contrast-${s.id}`, tone: 'bile', paint: 'contrast', dashed: false, clip: undefined };
}

/** The outline of cavityContrast's pool, before it is smoothed; null when there is none. */
export function cavityPool(s: Structure, level: number, state: ShapeState, inlet?: Point): Point[] | null {
  if (s.shape.type !== 'outline' || level < 0.01) return null;
  const outline = structureGeometry(s, state);
  const [cx, cy] = polygonCentroid(outline);
  const k = FIRST + (1 - FIRST) * Math.min(1, level);
  // The lumen is the outline shrunk toward its middle; the pool is the outline shrunk toward the inlet's place
  // before that, so it lies inside the lumen and holds the inlet.
  const [gx, gy] = inlet ? [cx + (inlet[0] - cx) / CAVITY_LUMEN, cy + (inlet[1] - cy) / CAVITY_LUMEN] : [cx, cy];
  return outline.map(([x, y]): Point => [
    cx + (gx + (x - gx) * k - cx) * CAVITY_LUMEN,
    cy + (gy + (y - gy) * k - cy) * CAVITY_LUMEN,
  ]);
}
