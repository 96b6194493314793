import { tween } from '../compile-context.js';
import { deviceOf, type ActionCompiler } from './action-compiler.js';

/** The string is pulled: the pigtail curls to `to` (default 1 = formed and locked). */
export const pigtailTrack: ActionCompiler<'pigtail'> = (ctx, a, { start, end }) => {
  deviceOf(ctx, a.device);
  tween(ctx, `curl:${a.device}`, start, end, a.to ?? 1);
};
