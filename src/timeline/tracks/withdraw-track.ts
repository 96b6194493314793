import { stopArc, tween } from '../compile-context.js';
import { deviceOf, type ActionCompiler } from './action-compiler.js';

/** Pulls the tip back to a stop (never behind the tail; past the lesions only with `cross`). */
export const withdrawTrack: ActionCompiler<'withdraw'> = (ctx, a, { start, end }) => {
  const device = deviceOf(ctx, a.device);
  const tail = ctx.values.get(`tail:${a.device}`) ?? 0;
  tween(ctx, `tip:${a.device}`, start, end, Math.max(tail, stopArc(ctx, device, a.to, a.cross)));
};
