import { INFLATE_SHARE } from '../../model/action-times.js';
import { tween } from '../compile-context.js';
import { deviceOf, type ActionCompiler } from './action-compiler.js';

export { INFLATE_SHARE } from '../../model/action-times.js';

/**
 * The balloon fills to `to` (inflation); if `efface` is given, only then does
 * rising pressure efface the stricture's waist (effacement), so the waist
 * always shows first.
 */
export const inflateTrack: ActionCompiler<'inflate'> = (ctx, a, { start, end }) => {
  deviceOf(ctx, a.device);
  const split = a.efface === undefined ? end : start + (end - start) * INFLATE_SHARE;
  tween(ctx, `inflation:${a.device}`, start, split, a.to);
  if (a.efface !== undefined) tween(ctx, `effacement:${a.device}`, split, end, a.efface);
};
