import { tween } from '../compile-context.js';
import { deviceOf, type ActionCompiler } from './action-compiler.js';

/** The balloon empties; its effacement stays where it was. */
export const deflateTrack: ActionCompiler<'deflate'> = (ctx, a, { start, end }) => {
  deviceOf(ctx, a.device);
  tween(ctx, `inflation:${a.device}`, start, end, 0);
};
