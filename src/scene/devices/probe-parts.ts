import type { Point } from '../../model/anatomy-schema.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import type { SceneDevicePart } from '../scene-types.js';
import { linePath, runsPath } from './device-path.js';
import { distance } from '../../model/geometry.js';

/**
 * The ultrasound probe on the skin: a curved transducer with its cable, its
 * sector-shaped beam and the beam's centre line out to the target.
 * route[0] is the probe face on the skin, route[last] the point it aims at.
 */
export function probeParts(device: DeviceState): SceneDevicePart[] {
  if (device.kind !== 'ultrasound-probe' || device.opacity <= 0 || device.route.length < 2) return [];
  const face = device.route[0]!;
  const aim = device.route[device.route.length - 1]!;
  const len = distance(aim, face) || 1;
  const t: Point = [(aim[0] - face[0]) / len, (aim[1] - face[1]) / len];
  const n: Point = [-t[1], t[0]];
  const at = (base: Point, along: number, across: number): Point => [
    base[0] + t[0] * along + n[0] * across,
    base[1] + t[1] * along + n[1] * across,
  ];
  // A curved (convex) transducer: the face bulges 6 u toward the skin, on a circle centred behind it;
  // the body narrows to a handle, and a cable leaves its back end in a soft curve.
  const half = 22;
  const bulge = 6;
  const radius = (half * half + bulge * bulge) / (2 * bulge);
  const apex = at(face, bulge - radius, 0);
  const spread = Math.asin(half / radius);
  const arc = (r: number, from: number, to: number, k = 12): Point[] =>
    Array.from({ length: k + 1 }, (_, i) => {
      const a = from + ((to - from) * i) / k;
      return at(apex, r * Math.cos(a), r * Math.sin(a));
    });
  const body = [
    ...arc(radius, -spread, spread),
    at(face, -22, half),
    at(face, -40, 12),
    at(face, -62, 9),
    at(face, -66, 0),
    at(face, -62, -9),
    at(face, -40, -12),
    at(face, -22, -half),
  ];
  const cable = [at(face, -66, 0), at(face, -86, 3), at(face, -104, 12), at(face, -120, 28), at(face, -130, 46)];
  const far = len * 1.35 + radius - bulge;
  const beam = [...arc(radius, -spread, spread), ...arc(far, spread, -spread, 24)];
  const base = { deviceId: device.id, opacity: device.opacity, width: 0 };
  return [
    { ...base, id: `${device.id}-beam`, part: 'beam', d: runsPath([beam], true) },
    { ...base, id: `${device.id}-scan-line`, part: 'scan-line', d: linePath([face, aim]), width: 1.2 },
    { ...base, id: `${device.id}-cable`, part: 'cable', d: linePath(cable), width: 3.5 },
    { ...base, id: `${device.id}-probe`, part: 'probe', d: runsPath([body], true) },
  ];
}
