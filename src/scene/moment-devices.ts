import { drawsAs, isDrainKind } from '../model/device-specs.js';
import type { DeviceState, SampledState } from '../timeline/timeline-types.js';
import { deviceParts } from './devices/device-parts.js';
import { drainageParts } from './devices/drainage-parts.js';
import { probeParts } from './devices/probe-parts.js';
import type { SceneDevicePart } from './scene-types.js';
import { balloonParts } from './devices/balloon-parts.js';
import type { DeviceContext } from './devices/device-context.js';
import { STENT_KINDS, stentParts } from './devices/stent-parts.js';

/** Every device part of a moment, in paint order (beam and probe under the rest). */
export function momentDevices(
  moment: Pick<SampledState, 'devices' | 'flow' | 'bag'>,
  ppu: number,
  ctx: DeviceContext,
): SceneDevicePart[] {
  const probes = moment.devices.flatMap((d) => probeParts(d));
  // A loaded stent shows through its plastic delivery sheath, so carriers go under stents; other
  // catheters and wires running through a stent stay visible on top of it.
  const carrier = (d: DeviceState) => ['stent-delivery', 'pusher'].includes(drawsAs(d.kind));
  const bodyOf = (d: DeviceState) => [...deviceParts(d, ppu, ctx), ...balloonParts(d, ctx, ppu)];
  const carriers = moment.devices.filter(carrier).flatMap(bodyOf);
  const stents = moment.devices
    .filter((d) => STENT_KINDS.has(d.kind))
    .flatMap((d, i) => stentParts(d, ctx, ppu).map((p) => (i > 0 ? { ...p, tint: 'second' as const } : p)));
  const bodies = moment.devices.filter((d) => !carrier(d)).flatMap(bodyOf);
  // Each drain (two in a bilateral hilar block) leaves the skin to its own bag.
  const drainage = moment.devices
    .filter((d) => isDrainKind(d.kind))
    .flatMap((d, i) => drainageParts(d, moment, ppu, i === 0 ? '' : `-${d.id}`, moment.devices));
  return [...probes, ...carriers, ...stents, ...bodies, ...drainage];
}
