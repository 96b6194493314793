import { LANDMARKS } from '../../model/landmarks.js';
import { closedBarriers, deepestBiliary, tween, type CompileContext } from '../compile-context.js';
import { planFill } from '../plan-fill.js';
import { deviceOf, type ActionCompiler } from './action-compiler.js';

/** The dilated ducts a device drains: those a fill from its deepest point in the bile ducts reaches past closed lesions. */
function drainedBy(ctx: CompileContext, id: string): string[] {
  const source = deepestBiliary(ctx, deviceOf(ctx, id));
  if (!source) return [];
  const reached = new Set(
    planFill(ctx.tree, source, closedBarriers(ctx))
      .filter((e) => e.hi - e.lo > 1e-6)
      .map((e) => e.duct),
  );
  return ctx.upstream.filter((duct) => reached.has(duct));
}

/**
 * Ducts shrink to dilation `to`: the listed ones, those a device drains, or
 * every duct the obstruction dilated. The gallbladder empties when the
 * cystic duct is among the drained ducts (always, without `through`).
 */
export const decompressTrack: ActionCompiler<'decompress'> = (ctx, a, { start, end }) => {
  const ducts = a.ducts ?? (a.through !== undefined ? drainedBy(ctx, a.through) : ctx.upstream);
  for (const id of ducts) tween(ctx, `dilation:${id}`, start, end, a.to);
  if (a.through === undefined || ducts.includes(LANDMARKS.gallbladderDuct)) tween(ctx, 'distension', start, end, 0);
};
