import type { Point } from '../../model/anatomy-schema.js';
import { pointAtLength } from '../../model/geometry.js';

/** True-size pigtail loop radius: about 1.3 cm across (composition §9). */
export const PIGTAIL_RADIUS = 18;
const TURN = 1.75 * Math.PI;

/**
 * The pigtail's distal stretch beyond the drain's tip. Unformed (curl 0) it
 * lies straight along the route ahead; locked (curl 1) it is a loop that turns
 * to the patient's left of the shaft. In between, each point is blended.
 */
export function pigtailLoop(route: readonly Point[], tip: number, curl: number, samples = 24): Point[] {
  const length = TURN * PIGTAIL_RADIUS;
  const start = pointAtLength(route, tip);
  const [tx, ty] = start.tangent;
  const side = tx >= 0 ? -1 : 1;
  const [nx, ny] = [-ty * side, tx * side];
  const cx = start.point[0] + nx * PIGTAIL_RADIUS;
  const cy = start.point[1] + ny * PIGTAIL_RADIUS;
  const out: Point[] = [];
  for (let i = 0; i <= samples; i++) {
    const s = (i / samples) * length;
    const straight = pointAtLength(route, tip + s).point;
    const a = s / PIGTAIL_RADIUS;
    // Arc that leaves the tip along the tangent and curls round the centre.
    const rx = start.point[0] - cx;
    const ry = start.point[1] - cy;
    const turn = side;
    const cos = Math.cos(a * turn);
    const sin = Math.sin(a * turn);
    const loop: Point = [cx + rx * cos - ry * sin, cy + rx * sin + ry * cos];
    out.push([straight[0] + (loop[0] - straight[0]) * curl, straight[1] + (loop[1] - straight[1]) * curl]);
  }
  return out;
}
