import { dropDevice, tween } from '../compile-context.js';
import { deviceOf, type ActionCompiler } from './action-compiler.js';

/** The device fades out where it is and is gone at the end. */
export const removeTrack: ActionCompiler<'remove'> = (ctx, a, { start, end }) => {
  const device = deviceOf(ctx, a.device);
  tween(ctx, `opacity:${a.device}`, start, end, 0, 'linear');
  dropDevice(ctx, device, end);
};
