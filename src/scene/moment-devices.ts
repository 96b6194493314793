import { drawsAs, isDrainKind } from '../model/device-specs.js';
import type { Point } from '../model/anatomy-schema.js';
import type { DeviceState, SampledState } from '../timeline/timeline-types.js';
import { deviceParts } from './devices/device-parts.js';
import { drainageParts } from './devices/drainage-parts.js';
import { skinParts } from './devices/body-wall.js';
import { LANDMARKS } from '../model/landmarks.js';
import { insidePolygon } from '../model/geometry.js';
import { structureGeometry } from './structure-paths.js';
import { probeParts } from './devices/probe-parts.js';
import type { SceneDevicePart } from './scene-types.js';
import type { DeviceContext } from './devices/device-context.js';
import { drawnLazily, lazyDeviceDrawing } from './devices/lazy-devices.js';
import { momentKey } from './moment-key.js';
import { stentDepth } from './stent-depth.js';

/** Hands back what `make` made for the same key in the frame before, else makes it. */
export type Keep = (key: string, make: () => SceneDevicePart[]) => SceneDevicePart[];
const fresh: Keep = (_key, make) => make();

/**
 * Every device part of a moment, in paint order (beam and probe under the rest). Each device's parts depend on
 * that device's state alone (besides the anatomy's shape state), so `keep` may reuse them while a device holds still.
 * `xray` (default false) leaves out what lies outside the body and does not show on a radiograph: tubing and bags.
 */
export function momentDevices(
  moment: Pick<SampledState, 'devices' | 'flow' | 'bag'>,
  ppu: number,
  ctx: DeviceContext,
  keep: Keep = fresh,
  xray = false,
): SceneDevicePart[] {
  const probes = moment.devices.flatMap((d) => probeParts(d));
  // A loaded stent shows through its plastic delivery sheath, so carriers go under stents; other
  // catheters and wires running through a stent stay visible on top of it.
  const carrier = (d: DeviceState) => ['stent-delivery', 'pusher'].includes(drawsAs(d.kind));
  // Wires and the balloon catheter run down an inflatable balloon's axis, so their lines depend on it too.
  // Stents and balloons are drawn by a chunk the element loads before it shows a procedure that uses them.
  const lazy = moment.devices.some((d) => drawnLazily(d.kind)) ? lazyDeviceDrawing() : undefined;
  const balloon = lazy && moment.devices.find((d) => lazy.balloonPlace(d, ctx));
  const axis = balloon && lazy.balloonPlace(balloon, ctx)!.line;
  // Wires and catheters threaded through a shown stent run down its drawn path, so their lines depend on it too.
  const stented = lazy ? moment.devices.filter((d) => drawsAs(d.kind) === 'stent' && d.opacity > 0) : [];
  const ride =
    lazy && stented.length
      ? (line: readonly Point[], d: DeviceState) => stented.reduce((l, s) => lazy.rideStent(l, d, s, ctx), [...line])
      : undefined;
  const through = `${axis ? momentKey(balloon) : ''}|${stented.length ? momentKey(stented) : ''}`;
  const bodyOf = (d: DeviceState) =>
    keep(`body|${momentKey(d)}|${through}`, () => [
      ...deviceParts(d, ppu, ctx, axis, ride),
      ...(lazy?.balloonParts(d, ctx, ppu) ?? []),
    ]);
  const carriers = moment.devices.filter(carrier).flatMap(bodyOf);
  const stents = stentDepth(
    moment.devices
      .filter((d) => drawsAs(d.kind) === 'stent')
      .flatMap((d, i) =>
        keep(`stent|${i}|${xray}|${momentKey(d)}`, () =>
          // The stent's own chunk draws with the wire patterns of the chunk beside it (the merged part holds both).
          (lazy?.stentParts(d, ctx, ppu, lazy, xray, i > 0) ?? []).map((p) =>
            i > 0 ? { ...p, tint: 'second' as const } : p,
          ),
        ),
      ),
  );
  const bodies = moment.devices.filter((d) => !carrier(d)).flatMap(bodyOf);
  // Each drain (two in a bilateral hilar block) leaves the skin to its own bag, on its own side.
  const drains = moment.devices.filter((d) => isDrainKind(d.kind) && d.opacity > 0);
  const drainage = moment.devices
    .filter((d) => isDrainKind(d.kind))
    .flatMap((d, i) =>
      keep(`drain|${i}|${xray}|${momentKey([d, moment.flow, moment.bag, drains.map((x) => x.id)])}`, () =>
        drainageParts(d, moment, ppu, i === 0 ? '' : `-${d.id}`, !xray),
      ),
    );
  const organ = ctx.anatomy.byId.get(LANDMARKS.entryOver);
  const over = (p: Point) => !!organ && insidePolygon(p, structureGeometry(organ, ctx.stateOf(organ.id)));
  const skin = xray ? [] : skinParts(moment.devices, moment.flow.into === 'bag' || moment.bag > 0, over);
  return [...probes, ...carriers, ...stents, ...bodies, ...skin, ...drainage];
}
