import type { Point } from '../../model/anatomy-schema.js';
import { LANDMARKS } from '../../model/landmarks.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import type { SceneDevicePart } from '../scene-types.js';
import { circlesPath, linePath } from './device-path.js';
import { sampleSpline } from '../../model/geometry.js';

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
 * What sets a left-sided device outside the body: a ring where it passes the skin in the epigastrium, in every
 * step a device lies in that track (not only once a bag hangs from it), and, once a tube runs out to a bag, the
 * left body wall it passes outside of. Empty for devices entering on the right and for the probe (on the skin).
 */
export function leftSkinParts(devices: readonly DeviceState[], toBag: boolean): SceneDevicePart[] {
  const through = devices.filter(
    (d) => d.opacity > 0 && d.route.length > 1 && d.kind !== 'ultrasound-probe' && d.route[0]![0] > LANDMARKS.midlineX,
  );
  const first = through[0];
  if (!first) return [];
  const base = { deviceId: 'skin', opacity: 1, width: 0 };
  const parts: SceneDevicePart[] = [
    { ...base, id: 'skin-mark-left', part: 'dressing', d: circlesPath([first.route[0]!], MARK_RADIUS) },
  ];
  if (toBag) parts.unshift({ ...base, id: 'skin-wall-left', part: 'skin', d: linePath(sampleSpline(LEFT_WALL)) });
  return parts;
}
