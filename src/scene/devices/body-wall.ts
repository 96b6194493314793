import type { Point } from '../../model/anatomy-schema.js';
import { LANDMARKS } from '../../model/landmarks.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import type { SceneDevicePart } from '../scene-types.js';
import { circlesPath, linePath } from './device-path.js';
import { sampleSpline } from '../../model/geometry.js';
import { drawsAs } from '../../model/device-specs.js';

/**
 * The patient's left flank, scene units: the skin line a left (subxiphoid) drain's tube passes outside of on its
 * way to the bag, clear of the stomach and the pancreatic tail, so the bag beyond it reads as outside the body.
 */
export const LEFT_WALL: readonly Point[] = [
  [884, 290],
  [886, 380],
  [882, 460],
  [872, 540],
  [864, 620],
  [862, 700],
  [866, 790],
];

/** Radius of the mark where a device passes the skin, units (as the dressing ring of a drain). */
const MARK_RADIUS = 9;

/**
 * Where devices pass the skin away from the body's outline, marked so the tubing reads as outside the body: a ring
 * where a left-sided device enters in the epigastrium, in every step a device lies in that track (not only once a
 * bag hangs from it), and, once a tube runs out to a bag, the left body wall it passes outside of; and a ring where a
 * device enters from the front over an organ (`over`: the transhepatic cholecystostomy's entry over the liver),
 * until a bag hangs from it (the drain's dressing ring marks it then), and not while a planned path's skin cross marks
 * it. Empty for devices entering through the lateral skin (the right intercostal drain) and for the probe (on it).
 */
export function skinParts(
  devices: readonly DeviceState[],
  toBag: boolean,
  over: (p: Point) => boolean,
): SceneDevicePart[] {
  const through = devices.filter(
    (d) => d.opacity > 0 && d.route.length > 1 && !['probe', 'planned-path'].includes(drawsAs(d.kind)),
  );
  const base = { deviceId: 'skin', opacity: 1, width: 0 };
  const left = through.find((d) => d.route[0]![0] > LANDMARKS.midlineX);
  const parts: SceneDevicePart[] = [];
  if (left) {
    parts.push({ ...base, id: 'skin-mark-left', part: 'dressing', d: circlesPath([left.route[0]!], MARK_RADIUS) });
    if (toBag) parts.unshift({ ...base, id: 'skin-wall-left', part: 'skin', d: linePath(sampleSpline(LEFT_WALL)) });
  }
  const planned = devices.some((d) => d.opacity > 0 && drawsAs(d.kind) === 'planned-path');
  const front = through.find((d) => d !== left && d.route[0]![0] <= LANDMARKS.midlineX && over(d.route[0]!));
  if (front && !toBag && !planned)
    parts.push({ ...base, id: 'skin-mark-front', part: 'dressing', d: circlesPath([front.route[0]!], MARK_RADIUS) });
  return parts;
}
