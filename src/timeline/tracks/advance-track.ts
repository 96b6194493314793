import { insertDevice, namedRoute, stopArc, tween } from '../compile-context.js';
import type { ActionCompiler } from './action-compiler.js';

/** Inserts the device on first use; moves its tip (and tail) to the stops, eased. */
export const advanceTrack: ActionCompiler<'advance'> = (ctx, a, { start, end }) => {
  let device = ctx.devices.get(a.device);
  if (!device) {
    if (!a.kind || !a.route) throw new Error(`device "${a.device}" needs a kind and a route`);
    device = insertDevice(ctx, a.device, a.kind, namedRoute(ctx, a.route), start);
  }
  tween(ctx, `tip:${a.device}`, start, end, stopArc(ctx, device, a.to, a.cross));
  if (a.tail !== undefined) tween(ctx, `tail:${a.device}`, start, end, stopArc(ctx, device, a.tail, a.cross));
};
