import type { Point } from '../../model/anatomy-schema.js';
import { DEVICE_SPECS, deviceWidth, loopRadius } from '../../model/device-specs.js';
import type { DeviceState, SampledState } from '../../timeline/timeline-types.js';
import type { SceneDevicePart } from '../scene-types.js';
import { bagFor, drainHub, entersLeft, tubingTo, type BagBox } from './bag-slots.js';
import { circlesPath, deviceCenterline, linePath, runsPath } from './device-path.js';
import { pigtailLoop } from './pigtail-loop.js';
import { X_RAY_LUMEN } from './x-ray-lumen.js';

const FLOW_PERIOD = 22;
/** How far below the bag's neck a radiograph's external tube is drawn, in units: past the edge of any frame. */
const OFF_FILM = 2000;
/** The dressing ring around a drain's skin exit, in units. */
const DRESSING_RADIUS = 9;

/**
 * The drain's tubing and bag, and bile moving through them. `suffix` (default none) keeps the part ids
 * of a second drain apart from the first's. Without `outside` (a radiograph, default with) no bag is drawn and
 * the bile's flow ends at the skin; the tube takes the same course toward the bag, out of the field.
 */
export function drainageParts(
  drain: DeviceState | undefined,
  state: Pick<SampledState, 'flow' | 'bag'>,
  ppu: number,
  suffix = '',
  outside = true,
): SceneDevicePart[] {
  const toBag = outside && (state.flow.into === 'bag' || state.bag > 0);
  if (!drain || drain.opacity <= 0) return [];
  const parts: SceneDevicePart[] = [];
  const base = { deviceId: 'bag', opacity: drain.opacity };
  const hubLength = DEVICE_SPECS[drain.kind]?.hub ?? 0;
  const hub = drainHub(drain);
  const BAG = bagFor(drain);
  const tubing = tubingTo(hub, BAG);
  if (state.flow.into === 'duodenum') {
    // The cap on the hub: external drainage has stopped.
    parts.push({ ...base, deviceId: drain.id, id: `${drain.id}-cap`, part: 'cap', d: circlesPath([hub], 7), width: 0 });
  }
  if (!outside && state.flow.into !== 'duodenum' && drain.tail <= 0.5) {
    // A radiograph shows no bag, but the tube runs the illustration's course toward it, then on down off the film:
    // the same radiopaque catheter as inside the body, two walls either side of a lighter lumen.
    const neck = tubing.at(-1)!;
    const w = deviceWidth(drain.kind, ppu);
    const d = linePath([...tubing, [neck[0], neck[1] + OFF_FILM]]);
    const external = { ...base, deviceId: drain.id, d };
    parts.push(
      { ...external, id: `${drain.id}-external${suffix}`, part: 'tubing', width: w },
      { ...external, id: `${drain.id}-external-lumen${suffix}`, part: 'lumen', width: w * X_RAY_LUMEN },
    );
  }
  if (toBag) {
    const w = deviceWidth('drain', ppu);
    const bag = roundedBag(BAG);
    const level = BAG.y + BAG.h * (1 - 0.85 * Math.min(1, state.bag));
    const bile = below(bag, level);
    // Outside the body: a white edge 3.5 px wide (with a shadow, in CSS) lifts the tubing off the skin, even where
    // a frontal view lays it over the organs (a left drain's run to its bag), and a dressing ring marks the exit.
    const exit = drain.route[0]!;
    parts.push({ ...base, id: `bag-halo${suffix}`, part: 'halo', d: linePath(tubing), width: w * 0.9 + 7 / ppu });
    // A left drain's exit has its mark already (body-wall.ts): it shows in every step a device lies there.
    if (!entersLeft(drain))
      parts.push({
        ...base,
        id: `bag-dressing${suffix}`,
        part: 'dressing',
        d: circlesPath([exit], DRESSING_RADIUS),
        width: 0,
      });
    parts.push({ ...base, id: `bag-tubing${suffix}`, part: 'tubing', d: linePath(tubing), width: w * 0.9 });
    parts.push({ ...base, id: `bag-bag${suffix}`, part: 'bag', d: runsPath([bag], true), width: 0 });
    if (state.bag > 0.001)
      parts.push({
        ...base,
        id: `bag-bile${suffix}`,
        part: 'bile',
        d: runsPath([bile], true),
        width: 0,
      });
  }
  if (state.flow.active) {
    // Bile runs from the loop back along the shaft and (to a bag) down the tubing.
    // Capped (into the duodenum), nothing moves outside the skin: the flow starts at the entry.
    const inside = deviceCenterline(drain.route, drain.tail, drain.tip, state.flow.into === 'duodenum' ? 0 : hubLength);
    const loop = pigtailLoop(drain.route, drain.tip, drain.curl, undefined, loopRadius(drain.kind));
    // To a bag, bile runs back out along the shaft; capped, it runs on down into the duodenum.
    const path =
      state.flow.into === 'duodenum'
        ? [...inside.slice(1), ...loop]
        : [...loop.slice().reverse(), ...inside.slice().reverse(), ...(toBag ? tubing : [])];
    parts.push({
      ...base,
      deviceId: drain.id,
      id: `${drain.id}-flow`,
      part: 'flow',
      d: linePath(path),
      width: Math.max(1.2 / ppu, deviceWidth('drain', ppu) * 0.35),
      dashOffset: -state.flow.phase * FLOW_PERIOD,
    });
  }
  return parts;
}

/** The part of a polygon below a horizontal level (y ≥ level): the fluid in the bag. */
function below(polygon: readonly Point[], level: number): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    if (a[1] >= level) out.push(a);
    if (a[1] >= level !== b[1] >= level) {
      const t = (level - a[1]) / (b[1] - a[1]);
      out.push([a[0] + t * (b[0] - a[0]), level]);
    }
  }
  return out;
}

/** A drainage bag: a short neck, straight sides and a rounded bottom. */
function roundedBag({ x, y, w, h }: BagBox): Point[] {
  const bottom = Array.from({ length: 9 }, (_, i): Point => {
    const a = (i / 8) * Math.PI;
    return [x + w / 2 + (w / 2) * Math.cos(a), y + h - 12 + 12 * Math.sin(a)];
  });
  return [[x + w * 0.3, y], [x + w * 0.7, y], [x + w, y + 14], ...bottom, [x, y + 14]];
}
