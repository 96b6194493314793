import { isDrainKind } from '../model/device-specs.js';
import type { SampledState } from '../timeline/timeline-types.js';
import { deviceParts } from './devices/device-parts.js';
import { drainageParts } from './devices/drainage-parts.js';
import { probeParts } from './devices/probe-parts.js';
import type { SceneDevicePart } from './scene-types.js';
import { balloonParts } from './devices/balloon-parts.js';
import type { DeviceContext } from './devices/device-context.js';
import { stentParts } from './devices/stent-parts.js';

/** Every device part of a moment, in paint order (beam and probe under the rest). */
export function momentDevices(
  moment: Pick<SampledState, 'devices' | 'flow' | 'bag'>,
  ppu: number,
  ctx: DeviceContext,
): SceneDevicePart[] {
  const probes = moment.devices.flatMap((d) => probeParts(d));
  // Stents first: catheters and wires running through them stay visible on top.
  const stents = moment.devices.flatMap((d) => stentParts(d, ctx, ppu));
  const bodies = moment.devices.flatMap((d) => [...deviceParts(d, ppu, ctx), ...balloonParts(d, ctx, ppu)]);
  const drain = moment.devices.find((d) => isDrainKind(d.kind));
  return [...probes, ...stents, ...bodies, ...drainageParts(drain, moment, ppu)];
}
