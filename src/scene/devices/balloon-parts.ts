import type { Point } from '../../model/anatomy-schema.js';
import { UNITS_PER_MM, deviceWidth } from '../../model/device-specs.js';
import { pointAtLength } from '../../model/geometry.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import type { SceneDevicePart } from '../scene-types.js';
import { polygonPath, tubeOutline } from '../tube-outline.js';
import { ductWidthAt, lesionsOnRoute, type DeviceContext } from './device-context.js';
import { circlesPath } from './device-path.js';

/** Balloon length (3 cm) and nominal diameter (8 mm, typical for the CHD/CBD), true size. */
const LENGTH = 3 * 28;
const NOMINAL_MM = 8;

/**
 * The cholangioplasty balloon just behind the catheter tip. Inflating, it
 * widens to its nominal size but never past the drawn duct; where a stricture
 * squeezes it, a waist stays until the pressure effaces it.
 */
export function balloonParts(device: DeviceState, ctx: DeviceContext, ppu: number): SceneDevicePart[] {
  if (device.kind !== 'balloon-catheter' || device.opacity <= 0) return [];
  const inflation = Math.max(0, Math.min(1, device.inflation ?? 0));
  const shaft = deviceWidth(device.kind, ppu);
  const distal = device.tip - 4;
  const proximal = Math.max(device.tail, distal - LENGTH);
  if (distal - proximal < 4) return [];
  const lesions = lesionsOnRoute(device.route, ctx);
  const efface = Math.max(0, Math.min(1, device.effacement ?? 0));
  const count = Math.ceil((distal - proximal) / 2);
  const line = Array.from(
    { length: count + 1 },
    (_, k): Point => pointAtLength(device.route, proximal + (k / count) * (distal - proximal)).point,
  );
  const widthAt = (f: number) => {
    const s = proximal + f * (distal - proximal);
    const full = Math.min(NOMINAL_MM * UNITS_PER_MM, ductWidthAt(device.route, s, ctx) * 0.96);
    // Shoulders taper over the last few mm at each end.
    const shoulder = Math.min(1, (s - proximal) / 10, (distal - s) / 10);
    let w = shaft + (full - shaft) * inflation * Math.max(0, shoulder);
    for (const l of lesions) {
      if (s <= l.from || s >= l.to) continue;
      const pinch = Math.sin((Math.PI * (s - l.from)) / (l.to - l.from));
      const waist = full * (l.patency + (1 - l.patency) * efface);
      w = Math.min(w, w - (w - Math.max(shaft, waist)) * pinch);
    }
    return Math.max(shaft, w);
  };
  const ends = [pointAtLength(device.route, proximal).point, pointAtLength(device.route, distal).point];
  const base = { deviceId: device.id, opacity: device.opacity };
  return [
    {
      ...base,
      id: `${device.id}-balloon`,
      part: 'balloon',
      d: polygonPath(tubeOutline(line, widthAt, true, 1)),
      width: 0,
    },
    { ...base, id: `${device.id}-balloon-markers`, part: 'marker', d: circlesPath(ends, shaft * 0.6), width: 0 },
  ];
}
