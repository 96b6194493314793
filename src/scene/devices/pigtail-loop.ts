import type { Point } from '../../model/anatomy-schema.js';
import { pointAtLength } from '../../model/geometry.js';

/** Default pigtail loop radius: a loop about 1 cm across, which fits a dilated CHD/CBD (composition §9); `r` (units) overrides it. */
export const PIGTAIL_RADIUS = 13;
const SWEEP = 1.75 * Math.PI;

/**
 * The pigtail's distal stretch beyond the drain's tip. Unformed (curl 0) it
 * lies straight along the route ahead; locked (curl 1) it curls into a loop
 * centred on the duct's centreline just ahead of the tip, so the loop stays
 * inside the lumen. In between, each point is blended.
 */
export function pigtailLoop(
  route: readonly Point[],
  tip: number,
  curl: number,
  samples = 28,
  r = PIGTAIL_RADIUS,
): Point[] {
  const p0 = pointAtLength(route, tip);
  const [tx, ty] = p0.tangent;
  const [nx, ny] = [-ty, tx];
  const c = pointAtLength(route, tip + r).point;
  const q: Point = [c[0] + nx * r, c[1] + ny * r];
  const ctrl: Point = [p0.point[0] + tx * r * 0.9, p0.point[1] + ty * r * 0.9];
  const lead = 6;
  const formed: Point[] = [];
  // A short S-bend from the shaft onto the loop, then the loop itself.
  for (let i = 0; i <= lead; i++) {
    const u = i / lead;
    const a = (1 - u) * (1 - u);
    const b = 2 * u * (1 - u);
    formed.push([a * p0.point[0] + b * ctrl[0] + u * u * q[0], a * p0.point[1] + b * ctrl[1] + u * u * q[1]]);
  }
  const theta0 = Math.atan2(q[1] - c[1], q[0] - c[0]);
  for (let i = 1; i <= samples - lead; i++) {
    const theta = theta0 - (i / (samples - lead)) * SWEEP;
    formed.push([c[0] + r * Math.cos(theta), c[1] + r * Math.sin(theta)]);
  }
  const length = r * (1.2 + SWEEP);
  return formed.map((f, i) => {
    const straight = pointAtLength(route, tip + (i / (formed.length - 1)) * length).point;
    return [straight[0] + (f[0] - straight[0]) * curl, straight[1] + (f[1] - straight[1]) * curl];
  });
}
