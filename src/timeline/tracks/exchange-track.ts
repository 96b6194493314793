import { dropDevice, insertDevice, stopArc, stopLimit, tween } from '../compile-context.js';
import { deviceOf, type ActionCompiler } from './action-compiler.js';

/**
 * First half: the removed device is pulled out to the skin and is gone.
 * Second half: the new device runs in over `over`, on its route, to `to` or
 * to where the removed device's tip was.
 */
export const exchangeTrack: ActionCompiler<'exchange'> = (ctx, a, { start, end }) => {
  const old = deviceOf(ctx, a.remove);
  const over = deviceOf(ctx, a.over);
  const mid = (start + end) / 2;
  const was = ctx.values.get(`tip:${old.id}`) ?? 0;
  tween(ctx, `tip:${old.id}`, start, mid, 0);
  dropDevice(ctx, old, mid);
  const device = insertDevice(ctx, a.insert, a.kind, over.route, mid);
  const to =
    a.to === undefined ? (a.cross ? was : Math.min(was, stopLimit(device))) : stopArc(ctx, device, a.to, a.cross);
  tween(ctx, `tip:${a.insert}`, mid, end, to);
};
