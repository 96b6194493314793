import type { Point } from '../../model/anatomy-schema.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import type { SceneDevicePart } from '../scene-types.js';
import { linePath } from './device-path.js';

/**
 * The ultrasound probe on the skin and its fan-shaped beam toward the target.
 * route[0] is the probe face on the skin, route[last] the point it aims at.
 */
export function probeParts(device: DeviceState): SceneDevicePart[] {
  if (device.kind !== 'ultrasound-probe' || device.opacity <= 0 || device.route.length < 2) return [];
  const face = device.route[0]!;
  const aim = device.route[device.route.length - 1]!;
  const len = Math.hypot(aim[0] - face[0], aim[1] - face[1]) || 1;
  const t: Point = [(aim[0] - face[0]) / len, (aim[1] - face[1]) / len];
  const n: Point = [-t[1], t[0]];
  const at = (base: Point, along: number, across: number): Point => [
    base[0] + t[0] * along + n[0] * across,
    base[1] + t[1] * along + n[1] * across,
  ];
  // Probe body: 4.5 cm wide, 2.5 cm deep, behind its face (outside the body).
  const body = [
    at(face, 0, -24),
    at(face, 0, 24),
    at(face, -30, 20),
    at(face, -64, 9),
    at(face, -64, -9),
    at(face, -30, -20),
  ];
  const depth = len * 1.35;
  const beam = [at(face, 0, -18), at(face, 0, 18), at(face, depth, depth * 0.32), at(face, depth, -depth * 0.32)];
  const base = { deviceId: device.id, opacity: device.opacity, width: 0 };
  return [
    { ...base, id: `${device.id}-beam`, part: 'beam', d: `${linePath(beam)}Z` },
    { ...base, id: `${device.id}-probe`, part: 'probe', d: `${linePath(body)}Z` },
  ];
}
