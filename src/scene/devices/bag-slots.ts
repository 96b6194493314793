import type { Point } from '../../model/anatomy-schema.js';
import { LANDMARKS } from '../../model/landmarks.js';
import { DEVICE_SPECS, isDrainKind } from '../../model/device-specs.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import { deviceCenterline } from './device-path.js';
import { roundCorners } from './round-corners.js';

/** A bag's box in scene units: x, y the top-left corner (the neck is centred on the top edge). */
export type BagBox = (typeof LANDMARKS.bags)['right'];

/** Where a drain's tubing leaves its hub, outside the skin. */
export function drainHub(drain: DeviceState): Point {
  return deviceCenterline(drain.route, 0, 0.01, DEVICE_SPECS[drain.kind]?.hub ?? 0)[0]!;
}

/** Whether a drain enters on the patient's left (the viewer's right of the midline). */
export const entersLeft = (drain: DeviceState) => drainHub(drain)[0] > LANDMARKS.midlineX;

/**
 * The bag a drain runs to, on the drain's own side: a right drain's outside the right flank, a left (subxiphoid)
 * drain's on the patient's left beyond the costal margin, so the external tubing stays short and two tubes never
 * cross. It hangs at least `bagDrop` below the hub: bile drains by gravity.
 */
export function bagFor(drain: DeviceState): BagBox {
  const hub = drainHub(drain);
  const slot = hub[0] > LANDMARKS.midlineX ? LANDMARKS.bags.left : LANDMARKS.bags.right;
  return { ...slot, y: Math.max(slot.y, hub[1] + LANDMARKS.bagDrop) };
}

/** The leftmost and rightmost edges of the bags a moment's drains run to; Infinity and -Infinity without one. */
export function bagsEdges(devices: readonly DeviceState[]): { left: number; right: number } {
  const bags = devices.filter((d) => isDrainKind(d.kind) && d.route.length > 0).map((d) => bagFor(d));
  return {
    left: Math.min(Infinity, ...bags.map((b) => b.x)),
    right: Math.max(-Infinity, ...bags.map((b) => b.x + b.w)),
  };
}

/**
 * The tubing from the hub to the bag's neck. From a right-sided exit it drops in one smooth curve to the bag; from a left
 * (subxiphoid) exit it hangs down from the epigastrium first, then runs out past the left flank to the bag, its
 * corners rounded.
 */
export function tubingTo(hub: Point, bag: BagBox): Point[] {
  const neck: Point = [bag.x + bag.w / 2, bag.y];
  if (hub[0] <= LANDMARKS.midlineX) return drop(hub, neck);
  return roundCorners(
    [hub, [hub[0] + 6, hub[1] + 110], [hub[0] + 60, neck[1] - 40], [neck[0], neck[1] - 36], neck],
    40,
  );
}

/**
 * One smooth drop from the hub to the bag's neck: a single bend (a quadratic curve whose control point lies above
 * the neck), leaving the hub downward and outward and reaching the neck from straight above, never a zig-zag.
 */
function drop(hub: Point, neck: Point): Point[] {
  const control: Point = [neck[0], hub[1] + 0.45 * (neck[1] - hub[1])];
  return Array.from({ length: 17 }, (_, i): Point => {
    const t = i / 16;
    const [a, b, c] = [(1 - t) ** 2, 2 * t * (1 - t), t * t];
    return [a * hub[0] + b * control[0] + c * neck[0], a * hub[1] + b * control[1] + c * neck[1]];
  });
}

/** The tubing of each drain of a moment that runs to a bag. */
export function bagTubing(devices: readonly DeviceState[]): Point[][] {
  return devices
    .filter((d) => isDrainKind(d.kind) && d.opacity > 0 && d.route.length > 0)
    .map((d) => tubingTo(drainHub(d), bagFor(d)));
}
