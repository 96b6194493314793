import type { LesionStopValue, PerApproach, StopValue } from '../../model/action-schema.js';
import { pickApproach } from '../../model/pick-approach.js';
import { chosenStentLength } from '../../model/stent-length.js';
import type { StentName } from '../../model/stent-names.js';
import { insertDevice, isStentKind, namedRoute, stentShortening, stopArc, tween } from '../compile-context.js';
import type { DeviceKind } from '../timeline-types.js';
import type { ActionCompiler } from './action-compiler.js';

const isLesionStop = (stop: PerApproach<StopValue> | undefined, approach: string) => {
  const value = stop === undefined ? undefined : pickApproach(stop, approach);
  return typeof value === 'object' && value !== null && 'lesions' in (value as LesionStopValue);
};

/**
 * Inserts the device on first use; moves its tip (and tail) to the stops,
 * eased. Kind `stent` becomes `stent-<type>` for the chosen stent type. A new
 * device given a tail enters with its length. A braided stent whose tail is
 * measured from the lesions is loaded longer, so that once it has opened and
 * shortened toward its tip its upper end lies there; a stent is as long as the length ordered for the plan
 * (`chosenStentLength`), the extra going to its upper margin. A stent's delivery
 * system (a sheath over it, or a pusher behind a plastic stent) moves with it.
 */
export const advanceTrack: ActionCompiler<'advance'> = (ctx, a, { start, end }) => {
  let device = ctx.devices.get(a.device);
  const fresh = !device;
  if (!device) {
    if (!a.kind || !a.route) throw new Error(`device "${a.device}" needs a kind and a route`);
    const kind: DeviceKind = a.kind === 'stent' ? `stent-${ctx.stent}` : a.kind;
    device = insertDevice(ctx, a.device, kind, namedRoute(ctx, a.route), start);
  }
  const to = stopArc(ctx, device, a.to, a.cross);
  let tail = a.tail === undefined ? undefined : stopArc(ctx, device, a.tail, a.cross);
  if (tail !== undefined && isStentKind(device.kind) && isLesionStop(a.tail, ctx.approach)) {
    const type = device.kind.slice('stent-'.length) as StentName;
    const shortening = stentShortening(device.kind);
    // The length ordered covers the plan; the extra goes to the upper margin, the lower end stays where planned.
    const chosen = chosenStentLength(to - tail, type);
    // A route too short above the block for the ordered length (a left duct near the skin) keeps the plan's.
    const length = to - chosen / (1 - shortening) >= 0 ? chosen : to - tail;
    tail = Math.max(0, to - length / (1 - shortening));
  }
  if (fresh && tail !== undefined) ctx.values.set(`tip:${a.device}`, Math.max(0, to - tail));
  if (fresh && a.delivery !== undefined && isStentKind(device.kind)) {
    const plastic = device.kind === 'stent-plastic';
    insertDevice(ctx, a.delivery, plastic ? 'pusher' : 'stent-delivery', device.route, start);
    ctx.values.set(`tip:${a.delivery}`, plastic ? 0 : (ctx.values.get(`tip:${a.device}`) ?? 0));
    ctx.carriers.set(a.device, a.delivery);
  }
  tween(ctx, `tip:${a.device}`, start, end, to);
  if (tail !== undefined) tween(ctx, `tail:${a.device}`, start, end, tail);
  const carrier = ctx.carriers.get(a.device);
  if (carrier && ctx.devices.has(carrier)) {
    const plastic = device.kind === 'stent-plastic';
    tween(ctx, `tip:${carrier}`, start, end, plastic ? (ctx.values.get(`tail:${a.device}`) ?? 0) : to);
  }
};
