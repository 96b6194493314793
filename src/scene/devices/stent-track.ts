import type { DeviceState } from '../../timeline/timeline-types.js';
import type { DeviceContext } from './device-context.js';
import type { StentTrack } from './ride-along.js';
import { stentEnds } from './stent-geometry.js';
import { STENT_KINDS } from './stent-parts.js';
import { stentRoute } from './stent-route.js';

/** Where a shown stent lies (its drawn centre line and ends), for the wire and catheters that run through it. */
export function stentTrack(device: DeviceState, ctx: DeviceContext): StentTrack | undefined {
  if (device.opacity <= 0 || !STENT_KINDS.has(device.kind)) return undefined;
  const [proximal] = stentEnds(device);
  return { course: device.route, path: stentRoute(device, ctx), from: proximal, to: device.tip };
}
