import type { Point } from '../../model/anatomy-schema.js';
import { nearestOnPolyline, pointAtLength } from '../../model/geometry.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import type { SceneLabel } from '../scene-types.js';
import { STENT_KINDS } from './stent-parts.js';

/** Units within which the second stent's axis counts as running inside the first. */
const INSIDE = 4;

/**
 * A one-word tag for two stents at a hilum, matching the caption's configuration (brief §3, [S27]): `Y` when
 * the second runs on inside the first (stent-in-stent, through its mesh), `T` when it only meets the first's
 * side, `side-by-side` when the two never meet. Placed beside where the second stent reaches the first.
 * Null with fewer than two released stents.
 */
export function stentTag(devices: readonly DeviceState[], size: number, ppu: number): SceneLabel | null {
  const stents = devices.filter((d) => STENT_KINDS.has(d.kind) && d.opacity > 0 && (d.deploy ?? 1) >= 1);
  if (stents.length < 2) return null;
  const [first, second] = [stents[0]!, stents[1]!];
  const firstAxis = span(first);
  const along = span(second);
  const inside = along.filter((p) => nearestOnPolyline(firstAxis, p).distance < INSIDE);
  const word = inside.length >= 6 ? 'Y' : inside.length > 0 ? 'T' : 'side-by-side';
  const at = inside[0] ?? along[Math.floor(along.length / 2)]!;
  const [x, y] = [at[0] + 26 / ppu, at[1] - 10 / ppu];
  return {
    id: 'stent-configuration',
    structureId: second.id,
    kind: 'device',
    text: word,
    x,
    y,
    align: 'start',
    size,
    leader: [x - 2 / ppu, y + 2 / ppu, at[0], at[1]],
  };
}

/** Points every 4 units along a stent's place on its route. */
function span(d: DeviceState): Point[] {
  const n = Math.max(2, Math.ceil((d.tip - d.tail) / 4));
  return Array.from({ length: n + 1 }, (_, k) => pointAtLength(d.route, d.tail + ((d.tip - d.tail) * k) / n).point);
}
