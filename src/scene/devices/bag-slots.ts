import type { Point } from '../../model/anatomy-schema.js';
import { LANDMARKS } from '../../model/landmarks.js';
import { DEVICE_SPECS, isDrainKind } from '../../model/device-specs.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import { deviceCenterline } from './device-path.js';
import { roundCorners } from './round-corners.js';

/** A bag's box in scene units: x, y the top-left corner (the neck is centred on the top edge). */
export type BagBox = (typeof LANDMARKS.bags)['right'];

/** The gap between two bags hung side by side, in units. */
const BAG_GAP = 12;

/**
 * Where a left drain's tubing crosses the front of the abdomen toward the right flank, in scene units: low, between
 * the bile duct's and the tumour's labels, to a bag hung lower than the right drain's.
 */
export const ACROSS: readonly Point[] = [
  [400, 652],
  [200, 646],
  [110, 630],
];

/** Where a drain's tubing leaves its hub, outside the skin. */
export function drainHub(drain: DeviceState): Point {
  return deviceCenterline(drain.route, 0, 0.01, DEVICE_SPECS[drain.kind]?.hub ?? 0)[0]!;
}

/** Whether a drain enters on the patient's left (the viewer's right of the midline). */
export const entersLeft = (drain: DeviceState) => drainHub(drain)[0] > LANDMARKS.midlineX;

/**
 * The bag a drain runs to. Every bag hangs outside the right flank, the only body wall in the frame: a left
 * drain's tubing crosses the front of the abdomen to it. With a drain on each side the right drain's bag moves
 * one bag further out, so the two tubes never cross. It hangs at least `bagDrop` below the hub: bile drains by
 * gravity.
 */
export function bagFor(drain: DeviceState, devices: readonly DeviceState[]): BagBox {
  const hub = drainHub(drain);
  const left = hub[0] > LANDMARKS.midlineX;
  const paired = !left && devices.some((d) => isDrainKind(d.kind) && d.opacity > 0 && entersLeft(d));
  const slot = left ? LANDMARKS.bags.left : LANDMARKS.bags.right;
  const x = paired ? slot.x - slot.w - BAG_GAP : slot.x;
  return { ...slot, x, y: Math.max(slot.y, hub[1] + LANDMARKS.bagDrop) };
}

/** The leftmost edge of the bags a moment's drains run to; Infinity without one. */
export function bagsLeftEdge(devices: readonly DeviceState[]): number {
  const drains = devices.filter((d) => isDrainKind(d.kind) && d.route.length > 0);
  return Math.min(Infinity, ...drains.map((d) => bagFor(d, devices).x));
}

/**
 * The tubing from the hub to the bag's neck. From the right flank it drops straight out to the bag; from a left
 * (subxiphoid) exit it runs down the front of the abdomen below the costal margin, across to the right flank and
 * out to the bag, with its corners rounded.
 */
export function tubingTo(hub: Point, bag: BagBox): Point[] {
  const neck: Point = [bag.x + bag.w / 2, bag.y];
  if (hub[0] <= LANDMARKS.midlineX) return [hub, [hub[0] - 14, hub[1] + 60], [neck[0] + 7, bag.y - 60], neck];
  return roundCorners([hub, [hub[0] - 20, ACROSS[0]![1]], ...ACROSS, [neck[0], bag.y - 25], neck], 40);
}

/** The tubing of each drain of a moment that runs to a bag. */
export function bagTubing(devices: readonly DeviceState[]): Point[][] {
  return devices
    .filter((d) => isDrainKind(d.kind) && d.opacity > 0 && d.route.length > 0)
    .map((d) => tubingTo(drainHub(d), bagFor(d, devices)));
}
