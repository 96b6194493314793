import { tween } from '../compile-context.js';
import { deviceOf, type ActionCompiler } from './action-compiler.js';

/** Bile flows through the drain from `start` on; the bag fills to `fill` (default 1). */
export const flowTrack: ActionCompiler<'flow'> = (ctx, a, { start, end }) => {
  deviceOf(ctx, a.device);
  ctx.tracks.push({ type: 'flow', start, into: a.into });
  tween(ctx, 'bag', start, end, a.fill ?? 1, 'linear');
};
