import type { Point } from '../../model/anatomy-schema.js';
import { UNITS_PER_MM, deviceWidth } from '../../model/device-specs.js';
import { arcTable } from '../../model/arc-table.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import type { SceneDevicePart } from '../scene-types.js';
import { polygonPath, tubeFrame, tubeOutline } from '../tube-outline.js';
import { lesionsOnRoute, type DeviceContext } from './device-context.js';
import { circlesPath, linePath } from './device-path.js';
import { hypot } from '../../model/geometry.js';

/** Balloon length (3 cm) and nominal diameter (8 mm, typical for the CHD/CBD), true size. */
const LENGTH = 3 * 28;
const NOMINAL_MM = 8;
/** The waist pinches over this many times the stricture's length, and this much deeper than its patency. */
const WAIST_REACH = 1.3;
const WAIST_DEPTH = 0.8;

/** Where a balloon lies: its axis (proximal to distal end) and those ends' arc lengths on its route. */
export interface BalloonPlace {
  readonly line: Point[];
  readonly proximal: number;
  readonly distal: number;
}

/**
 * Where the balloon of a balloon catheter lies, or null for other devices: just behind the catheter tip,
 * its working length centred on the stricture it straddles (balloons are sized to do so).
 */
export function balloonPlace(device: DeviceState, ctx: DeviceContext): BalloonPlace | null {
  if (device.kind !== 'balloon-catheter' || device.opacity <= 0) return null;
  const tipEnd = device.tip - 4;
  const target = lesionsOnRoute(device.route, ctx).find(
    (l) => (l.from + l.to) / 2 > tipEnd - LENGTH && (l.from + l.to) / 2 < tipEnd,
  );
  const centre = target ? (target.from + target.to) / 2 : tipEnd - LENGTH / 2;
  const proximal = Math.max(device.tail, centre - LENGTH / 2);
  const distal = Math.min(tipEnd, centre + LENGTH / 2);
  if (distal - proximal < 4) return null;
  return { line: balloonAxis(device.route, proximal, distal), proximal, distal };
}

/**
 * The cholangioplasty balloon. Inflating, it widens to its nominal size; where a stricture squeezes it, an
 * hourglass waist, pinched over a little more than the stricture, stays until the pressure effaces it.
 * A light fill with a specular streak along one side sets it apart from the duct and bowel around it.
 */
export function balloonParts(device: DeviceState, ctx: DeviceContext, ppu: number): SceneDevicePart[] {
  const place = balloonPlace(device, ctx);
  if (!place) return [];
  const { line, proximal, distal } = place;
  const inflation = Math.max(0, Math.min(1, device.inflation ?? 0));
  const shaft = deviceWidth(device.kind, ppu);
  const lesions = lesionsOnRoute(device.route, ctx);
  const efface = Math.max(0, Math.min(1, device.effacement ?? 0));
  const full = NOMINAL_MM * UNITS_PER_MM;
  const widthAt = (f: number) => {
    const s = proximal + f * (distal - proximal);
    // Shoulders taper over the last few mm at each end.
    const shoulder = Math.min(1, (s - proximal) / 10, (distal - s) / 10);
    let w = shaft + (full - shaft) * inflation * Math.max(0, shoulder);
    for (const l of lesions) {
      const reach = (l.to - l.from) * WAIST_REACH;
      const mid = (l.from + l.to) / 2;
      if (Math.abs(s - mid) >= reach) continue;
      const pinch = Math.cos((Math.PI / 2) * ((s - mid) / reach)) ** 2;
      const waist = full * (l.patency * WAIST_DEPTH + (1 - l.patency * WAIST_DEPTH) * efface);
      w = Math.min(w, w - (w - Math.max(shaft, waist)) * pinch);
    }
    return Math.max(shaft, w);
  };
  const ends = [line[0]!, line[line.length - 1]!];
  const base = { deviceId: device.id, opacity: device.opacity };
  const outline = tubeOutline(line, widthAt, true, 1);
  const parts: SceneDevicePart[] = [
    { ...base, id: `${device.id}-balloon`, part: 'balloon', d: polygonPath(outline), width: 0 },
    { ...base, id: `${device.id}-balloon-markers`, part: 'marker', d: circlesPath(ends, shaft * 0.6), width: 0 },
  ];
  if (inflation > 0.3) {
    // The highlight runs along the upper-left side (light from the upper left), inside the outline.
    const frame = tubeFrame(line, widthAt, 1);
    const n = frame.spine.length;
    const [tx, ty] = frame.normals[n >> 1]!;
    const side = -ty + 0.5 * tx < 0 ? 1 : -1;
    const streak = frame.spine
      .map((p, i): Point => {
        const [tx, ty] = frame.normals[i]!;
        const h = frame.halves[i]! * 0.55 * side;
        return [p[0] - ty * h, p[1] + tx * h];
      })
      .slice(Math.round(n * 0.18), Math.round(n * 0.82));
    parts.push({ ...base, id: `${device.id}-balloon-shine`, part: 'shine', d: linePath(streak), width: 0 });
  }
  return parts;
}

/**
 * The balloon's axis from arc length `from` to `to` along the route. A balloon is stiff: where the route
 * doubles back (a wire looping into a blind bowel end past an anastomosis), it runs on straight instead.
 */
function balloonAxis(route: readonly Point[], from: number, to: number): Point[] {
  const count = Math.ceil((to - from) / 2);
  const table = arcTable(route);
  const at = (s: number) => table(s).point;
  const line: Point[] = [at(from)];
  for (let k = 1; k <= count; k++) {
    const s = from + (k / count) * (to - from);
    const p = at(s);
    const prev = line[line.length - 1]!;
    const before = line[line.length - 2] ?? at(Math.max(0, from - 2));
    const heading = [prev[0] - before[0], prev[1] - before[1]] as const;
    const step = [p[0] - prev[0], p[1] - prev[1]] as const;
    const norm = hypot(...heading) || 1;
    const turned = heading[0] * step[0] + heading[1] * step[1] < 0.7 * norm * hypot(...step);
    line.push(
      turned
        ? [prev[0] + (heading[0] / norm) * ((to - from) / count), prev[1] + (heading[1] / norm) * ((to - from) / count)]
        : p,
    );
  }
  return line;
}
