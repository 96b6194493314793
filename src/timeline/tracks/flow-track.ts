import { tween, type CompileContext } from '../compile-context.js';
import type { FlowTrack } from '../track-types.js';
import { deviceOf, type ActionCompiler } from './action-compiler.js';

/** Starts a flow through `device` at `start`, ending the one running before it. */
export function startFlow(ctx: CompileContext, device: string, into: FlowTrack['into'], start: number) {
  if (ctx.flow) {
    const running = ctx.tracks[ctx.flow.index] as FlowTrack;
    ctx.tracks[ctx.flow.index] = { ...running, end: start };
  }
  ctx.tracks.push({ type: 'flow', start, into });
  ctx.flow = { index: ctx.tracks.length - 1, device };
}

/** Bile flows through the drain from `start` on; into a bag, the bag fills to `fill` (default 1). */
export const flowTrack: ActionCompiler<'flow'> = (ctx, a, { start, end }) => {
  deviceOf(ctx, a.device);
  startFlow(ctx, a.device, a.into, start);
  if (a.into === 'bag') tween(ctx, 'bag', start, end, a.fill ?? 1, 'linear');
};
