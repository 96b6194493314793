import { tween } from '../compile-context.js';
import type { ActionCompiler } from './action-compiler.js';

/** Ducts shrink to dilation `to` (default: the ones the obstruction dilated) and the gallbladder empties. */
export const decompressTrack: ActionCompiler<'decompress'> = (ctx, a, { start, end }) => {
  for (const id of a.ducts ?? ctx.upstream) tween(ctx, `dilation:${id}`, start, end, a.to);
  tween(ctx, 'distension', start, end, 0);
};
