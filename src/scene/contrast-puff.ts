import type { Point, Structure } from '../model/anatomy-schema.js';
import { nearestOnPolyline, pointAtLength, polylineLength, sampleSpline, distance } from '../model/geometry.js';
import type { DeviceState } from '../timeline/timeline-types.js';
import type { ScenePath } from './scene-types.js';
import { tubeWidth, type ShapeState } from './structure-paths.js';
import { polygonPath, tubeOutline } from './tube-outline.js';
import { tubeSpine } from './tube-spine.js';

/** Length of a puff, units (about 17 mm): it runs a little way down the bowel, then thins into the bowel's coat. */
const LENGTH = 48;
/**
 * The puff is a cloud, not a shape (review, round 8): nested plumes from the mouth, each shorter and narrower than
 * the last, laid over each other so the contrast is densest at the tip and thins out to nothing at the edge. Each
 * row: share of the length, share of the width, the layer's opacity. Where all overlap (at the tip) they add up to
 * about 0.8 of the ducts' contrast, never more; the outer layer alone is a faint 0.15, and the CSS feathers the
 * steps between them (a blur).
 */
const LAYERS: readonly (readonly [number, number, number])[] = [
  [1, 1, 0.15],
  [0.75, 0.78, 0.25],
  [0.5, 0.58, 0.35],
  [0.3, 0.42, 0.5],
];

/** Devices that drain into the bowel through their end: stents, and an internal-external drain's holes and tip. */
const opensInto = (d: DeviceState) => d.kind.startsWith('stent-') || d.kind === 'internal-external-drain';

/** The first `share` of a polyline's length. */
function cutPolyline(line: readonly Point[], share: number): Point[] {
  const total = polylineLength(line);
  const steps = 12;
  return Array.from({ length: steps + 1 }, (_, i) => {
    const p = pointAtLength(line, (total * share * i) / steps).point;
    return [Math.round(p[0] * 100) / 100, Math.round(p[1] * 100) / 100] as Point;
  });
}

/**
 * Where contrast runs freely from a device into the bowel (a check cholangiogram), a puff of dense contrast leaves
 * its mouth: a short plume from the device's drawn end, turning from its axis down the bowel and thinning into the
 * coat of contrast the bowel holds. One per device whose end lies in a bowel lumen that holds contrast there, in
 * the bowel's layer, after its cast. Pure.
 */
export function contrastPuffs(
  devices: readonly DeviceState[],
  bowels: readonly Structure[],
  spans: Readonly<Record<string, readonly [number, number]>>,
  stateOf: (id: string) => ShapeState,
): ScenePath[] {
  const out: ScenePath[] = [];
  for (const device of devices) {
    if (!opensInto(device) || device.opacity <= 0 || device.tip <= device.tail) continue;
    const mouth = pointAtLength(device.route, device.tip).point;
    // The end's axis as a chord over its last 3 units: a tangent taken at a route vertex could flip between engines.
    const back = pointAtLength(device.route, Math.max(device.tail, device.tip - 3)).point;
    const chord = distance(mouth, back) || 1;
    const tangent: Point = [(mouth[0] - back[0]) / chord, (mouth[1] - back[1]) / chord];
    for (const bowel of bowels) {
      const span = spans[bowel.id];
      const tube = tubeSpine(bowel);
      if (!span || !tube) continue;
      const { line: spine, length: total } = tube;
      const near = nearestOnPolyline(spine, mouth);
      const f = near.arc / total;
      const width = tubeWidth(bowel, f, stateOf(bowel.id));
      if (near.distance > width / 2 || f < span[0] || f > span[1]) continue;
      // Downstream along the bowel (its centreline runs with the flow).
      // It ends half as far off the bowel's axis as the mouth is: the stream drifts toward the lumen's middle.
      const ahead = pointAtLength(spine, Math.min(total, near.arc + LENGTH)).point;
      const axis = pointAtLength(spine, near.arc).point;
      const end: Point = [ahead[0] + (mouth[0] - axis[0]) / 2, ahead[1] + (mouth[1] - axis[1]) / 2];
      const turn: Point = [mouth[0] + tangent[0] * LENGTH * 0.35, mouth[1] + tangent[1] * LENGTH * 0.35];
      // Rounded to a hundredth of a unit: the last bits of a curled drain's tip differ between engines.
      const plume = [mouth, turn, end].map((p): Point => [Math.round(p[0] * 100) / 100, Math.round(p[1] * 100) / 100]);
      const broad = width * 0.5;
      const curve = sampleSpline(plume);
      LAYERS.forEach(([long, wide, alpha], k) => {
        const reach = cutPolyline(curve, long);
        const outline = tubeOutline(
          reach,
          (t) => wide * broad * Math.sin(Math.PI * Math.min(1, 0.25 + t)) ** 0.6 + 0.5,
          true,
          2,
        );
        out.push({
          id: `puff-${device.id}-${k}`,
          structureId: bowel.id,
          layer: bowel.layer,
          tone: 'bile',
          paint: 'puff',
          // Inside the bowel's outline: the blur must not spill contrast across its wall (that would be a leak).
          clip: bowel.id,
          d: polygonPath(outline),
          dashed: false,
          opacity: alpha * device.opacity,
        });
      });
      break;
    }
  }
  return out;
}
