import type { Point } from '../../model/anatomy-schema.js';
import { UNITS_PER_MM, deviceWidth } from '../../model/device-specs.js';
import { pointAtLength } from '../../model/geometry.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import type { SceneDevicePart } from '../scene-types.js';
import { polygonPath, tubeOutline } from '../tube-outline.js';
import { lesionsOnRoute, type DeviceContext } from './device-context.js';
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
  const tipEnd = device.tip - 4;
  const lesions = lesionsOnRoute(device.route, ctx);
  // Balloons are sized to straddle the stricture: centre the working length on the one it sits in.
  const target = lesions.find((l) => (l.from + l.to) / 2 > tipEnd - LENGTH && (l.from + l.to) / 2 < tipEnd);
  const centre = target ? (target.from + target.to) / 2 : tipEnd - LENGTH / 2;
  const proximal = Math.max(device.tail, centre - LENGTH / 2);
  const distal = Math.min(tipEnd, centre + LENGTH / 2);
  if (distal - proximal < 4) return [];
  const efface = Math.max(0, Math.min(1, device.effacement ?? 0));
  const line = balloonAxis(device.route, proximal, distal);
  const full = NOMINAL_MM * UNITS_PER_MM;
  const widthAt = (f: number) => {
    const s = proximal + f * (distal - proximal);
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
  const ends = [line[0]!, line[line.length - 1]!];
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

/**
 * The balloon's axis from arc length `from` to `to` along the route. A balloon is stiff: where the route
 * doubles back (a wire looping into a blind bowel end past an anastomosis), it runs on straight instead.
 */
function balloonAxis(route: readonly Point[], from: number, to: number): Point[] {
  const count = Math.ceil((to - from) / 2);
  const at = (s: number) => pointAtLength(route, s).point;
  const line: Point[] = [at(from)];
  for (let k = 1; k <= count; k++) {
    const s = from + (k / count) * (to - from);
    const p = at(s);
    const prev = line[line.length - 1]!;
    const before = line[line.length - 2] ?? at(Math.max(0, from - 2));
    const heading = [prev[0] - before[0], prev[1] - before[1]] as const;
    const step = [p[0] - prev[0], p[1] - prev[1]] as const;
    const norm = Math.hypot(...heading) || 1;
    const turned = heading[0] * step[0] + heading[1] * step[1] < 0.7 * norm * Math.hypot(...step);
    line.push(
      turned
        ? [prev[0] + (heading[0] / norm) * ((to - from) / count), prev[1] + (heading[1] / norm) * ((to - from) / count)]
        : p,
    );
  }
  return line;
}
