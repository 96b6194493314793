import type { SampledState } from '../timeline/timeline-types.js';
import { deviceParts } from './devices/device-parts.js';
import { drainageParts } from './devices/drainage-parts.js';
import { probeParts } from './devices/probe-parts.js';
import type { SceneDevicePart } from './scene-types.js';

/** Every device part of a moment, in paint order (beam and probe under the rest). */
export function momentDevices(moment: Pick<SampledState, 'devices' | 'flow' | 'bag'>, ppu: number): SceneDevicePart[] {
  const probes = moment.devices.flatMap((d) => probeParts(d));
  const bodies = moment.devices.flatMap((d) => deviceParts(d, ppu));
  const drain = moment.devices.find((d) => d.kind === 'drain');
  return [...probes, ...bodies, ...drainageParts(drain, moment, ppu)];
}
