import { tween } from '../compile-context.js';
import { startFlow } from './flow-track.js';
import { deviceOf, type ActionCompiler } from './action-compiler.js';

/** The drain is capped: external flow stops, bile runs on into the duodenum, and the bag comes off. */
export const capTrack: ActionCompiler<'cap'> = (ctx, a, { start, end }) => {
  deviceOf(ctx, a.device);
  startFlow(ctx, a.device, 'duodenum', start);
  tween(ctx, 'bag', start, end, 0, 'linear');
};
