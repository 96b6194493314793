import type { Point } from '../model/anatomy-schema.js';
import { drawsAs } from '../model/device-specs.js';
import type { DeviceState } from '../timeline/timeline-types.js';
import { distance } from '../model/geometry.js';

/** Entries closer than this (units, about 1 cm) are one tract: one dot. */
const SAME_TRACT = 60;

/** The devices in through the skin (a probe lies on it): each one's route starts at its skin entry. */
const inBody = (devices: readonly DeviceState[] | undefined): DeviceState[] =>
  devices?.filter((d) => d.opacity > 0.5 && drawsAs(d.kind) !== 'probe' && d.tip > d.tail) ?? [];

/**
 * Where the devices cross the skin: `active`, the entry of the device the step is about (the first of `focus`, the
 * step's devices, that is in; else the first device in), and `others`, the other tracts' entries (a second drain's).
 */
export function skinEntries(
  devices: readonly DeviceState[] | undefined,
  focus: readonly string[] = [],
): { active: Point | null; others: Point[] } {
  const inside = inBody(devices);
  const named = focus.map((id) => inside.find((d) => d.id === id)).find((d) => d !== undefined);
  const active = (named ?? inside[0])?.route[0] ?? null;
  const others: Point[] = [];
  for (const d of inside) {
    const at = d.route[0]!;
    if ([active, ...others].every((p) => !p || distance(p, at) >= SAME_TRACT)) others.push(at);
  }
  return { active, others };
}

/**
 * Whether the frame is part of making the skin entry: nothing is in through the skin yet, or the needle is, or
 * the path it will take is planned from a skin mark. Later steps work through the tract the needle made.
 */
export const makesEntry = (devices: readonly DeviceState[] | undefined): boolean =>
  inBody(devices).length === 0 || inBody(devices).some((d) => ['needle', 'planned-path'].includes(drawsAs(d.kind)));
