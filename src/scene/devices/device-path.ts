import type { Point } from '../../model/anatomy-schema.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import type { DevicePart, SceneDevicePart } from '../scene-types.js';
import { pointAtLength, slicePolyline, distance } from '../../model/geometry.js';
import { keepRuns } from '../drawn-runs.js';
import { tenths } from '../path-number.js';

/** To a tenth of a unit; + 0 turns −0 to 0, as the path text reads back. */
const r = (n: number) => Math.round(n * 10) / 10 + 0;

/** SVG path data of an open polyline. */
export function linePath(points: readonly Point[]): string {
  return runsPath([points]);
}

/**
 * SVG path data of polylines, one subpath each, each `closed` (default false) back to its start; their points stay
 * known by the data (`drawnRuns`).
 */
export function runsPath(lines: readonly (readonly Point[])[], closed = false): string {
  const runs: Point[][] = [];
  let d = '';
  for (const line of lines) {
    const n = line.length;
    if (!n) continue;
    const run = new Array<Point>(n);
    // One pass writes the text and keeps the rounded points: a braid has some 1,500 of them a frame.
    for (let i = 0; i < n; i++) {
      const p = line[i]!;
      run[i] = [r(p[0]), r(p[1])];
      d += (i ? 'L' : 'M') + tenths(p[0]) + ',' + tenths(p[1]);
    }
    if (closed) d += 'Z';
    runs.push(run);
  }
  keepRuns(d, { runs, closed });
  return d;
}

/**
 * The drawn centreline of a device: the part outside the skin (`hub` units
 * back along the entry direction, when the tail is at the skin) plus its
 * stretch of the route from tail to tip.
 */
export function deviceCenterline(route: readonly Point[], tail: number, tip: number, hub: number): Point[] {
  const inside = slicePolyline(route, tail, Math.max(tail, tip));
  if (tail > 0.5 || hub <= 0) return inside;
  const { point, tangent } = pointAtLength(route, 0);
  const outside: Point = [point[0] - tangent[0] * hub, point[1] - tangent[1] * hub];
  return [outside, ...inside];
}

/** Unit tangent at the end of a polyline. */
export function endTangent(line: readonly Point[]): Point {
  for (let i = line.length - 1; i > 0; i--) {
    const a = line[i - 1]!;
    const b = line[i]!;
    const len = distance(b, a);
    if (len > 1e-6) return [(b[0] - a[0]) / len, (b[1] - a[1]) / len];
  }
  return [1, 0];
}

/** Rotates a vector by `deg` degrees (positive = clockwise on screen). */
export function rotate(v: Point, deg: number): Point {
  const a = (deg * Math.PI) / 180;
  return [v[0] * Math.cos(a) - v[1] * Math.sin(a), v[0] * Math.sin(a) + v[1] * Math.cos(a)];
}

/** Small circles as one path (side holes, markers). */
export function circlesPath(centres: readonly Point[], radius: number): string {
  const d = r(radius * 2);
  return centres
    .map(
      ([x, y]) =>
        `M${r(x - radius)},${r(y)}a${r(radius)},${r(radius)} 0 1,0 ${d},0a${r(radius)},${r(radius)} 0 1,0 ${-d},0`,
    )
    .join('');
}

/** A factory for one device's scene parts, ids prefixed by the device id. */
export function partsOf(device: Pick<DeviceState, 'id' | 'opacity'>) {
  return (name: DevicePart, d: string, width: number): SceneDevicePart => ({
    id: `${device.id}-${name}`,
    deviceId: device.id,
    part: name,
    d,
    width,
    opacity: device.opacity,
  });
}
