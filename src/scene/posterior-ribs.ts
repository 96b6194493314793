import type { Point, Structure } from '../model/anatomy-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { bowed, ribCentreline, ribWidth } from './rib-shape.js';
import type { ScenePath } from './scene-types.js';
import { polygonPath, tubeOutline } from './tube-outline.js';

/** Ribs whose whole ring a film shows, by number; each leaves the spine at its own vertebra. */
const RIBS = [7, 8, 9, 10, 11] as const;

const boxOf = (s: Structure | undefined) => {
  if (s?.shape.type !== 'outline') return null;
  const xs = s.shape.points.map((p) => p[0]);
  const ys = s.shape.points.map((p) => p[1]);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
};

/**
 * What an X-ray adds to the drawn ribs: every rib is a ring, so the film shows each one's posterior arc too, from
 * the tip of its vertebra's transverse process out to the lateral chest wall, where the drawn anterior rib begins.
 * And it shows both sides: the left ribs (posterior arcs, anterior ribs and the twelfth) mirror the right about the
 * spine's midline. Empty without the spine or the ribs. Pure.
 */
export function posteriorRibs(anatomy: Anatomy): ScenePath[] {
  const t8 = boxOf(anatomy.byId.get('vertebra-t8'));
  const t9 = boxOf(anatomy.byId.get('vertebra-t9'));
  if (!t8 || !t9) return [];
  const mid = (t8.x0 + t8.x1) / 2;
  const mirror = (pts: readonly Point[]) => pts.map(([x, y]): Point => [2 * mid - x, y]);
  const paths: ScenePath[] = [];
  const band = (rib: Structure, id: string, line: readonly Point[], width: (f: number) => number) =>
    paths.push({
      id,
      structureId: rib.id,
      layer: rib.layer,
      tone: rib.tone,
      paint: 'band',
      d: polygonPath(tubeOutline(line, width, false)),
      dashed: false,
    });
  for (const n of RIBS) {
    const rib = anatomy.byId.get(`rib-${n}`);
    if (rib?.shape.type !== 'band') continue;
    // T7 is off the drawing's top: one level above T8.
    const box = boxOf(anatomy.byId.get(`vertebra-t${n}`)) ?? { ...t8, y0: 2 * t8.y0 - t9.y0, y1: 2 * t8.y1 - t9.y1 };
    const root: Point = [box.x0 - 0.16 * (box.x1 - box.x0), box.y0 + 0.3 * (box.y1 - box.y0)];
    const lateral = rib.shape.points[0]!;
    // Out from the spine nearly level, then sloping down to the lateral wall: a shallow arc.
    const bend: Point = [root[0] + (lateral[0] - root[0]) * 0.45, root[1] + (lateral[1] - root[1]) * 0.25];
    const arc = bowed([root, bend, lateral], 0.05);
    const full = rib.shape.width;
    const width = (f: number) => full * (0.5 + 0.35 * f);
    band(rib, `${rib.id}-posterior`, arc, width);
    band(rib, `${rib.id}-posterior-left`, mirror(arc), width);
    band(rib, `${rib.id}-left`, mirror(ribCentreline(rib)), (f) => ribWidth(rib, f));
  }
  const twelfth = anatomy.byId.get('rib-12');
  if (twelfth?.shape.type === 'band')
    band(twelfth, `${twelfth.id}-left`, mirror(ribCentreline(twelfth)), (f) => ribWidth(twelfth, f));
  return paths;
}
