import { stentShortening, tween } from '../compile-context.js';
import { deviceOf, type ActionCompiler } from './action-compiler.js';

/**
 * Releases a stent to `to` (default 1). A self-expanding stent's delivery
 * sheath is pulled back from the stent's tip in step, its edge where the
 * stent opens, so the stent opens from its distal end; a plastic stent's
 * pusher holds still while the stent is pushed off. Fully released, the
 * carrier is an ordinary device.
 */
export const deployTrack: ActionCompiler<'deploy'> = (ctx, a, { start, end }) => {
  deviceOf(ctx, a.device);
  const to = a.to ?? 1;
  // The operator pulls the sheath back steadily: release and sheath run linearly, not eased.
  tween(ctx, `deploy:${a.device}`, start, end, to, 'linear');
  const carrier = ctx.carriers.get(a.device);
  const sheath = carrier ? ctx.devices.get(carrier) : undefined;
  if (sheath?.kind === 'stent-delivery') {
    const tip = ctx.values.get(`tip:${a.device}`) ?? 0;
    const tail = ctx.values.get(`tail:${a.device}`) ?? 0;
    // The sheath's edge is where the stent opens: a braided stent's released part lies shortened against its tip, and
    // the part still held follows it in the sheath (stent-geometry.ts, stentEnds), so the sheath is back by the
    // released length as it opens, not as it was loaded.
    const shortening = stentShortening(deviceOf(ctx, a.device).kind);
    tween(ctx, `tip:${sheath.id}`, start, end, tip - to * (tip - tail) * (1 - shortening), 'linear');
  }
  if (to >= 1) ctx.carriers.delete(a.device);
};
