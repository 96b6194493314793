import { closedBarriers, deviceSource, type CompileContext } from '../compile-context.js';
import { locateInDucts } from '../duct-tree.js';
import { fullReach, planFill } from '../plan-fill.js';
import { deviceOf, type ActionCompiler } from './action-compiler.js';

/** Where contrast enters the ducts: a device's tip (or a drain's side holes), a point, or a duct's peripheral end. */
function sourceOf(ctx: CompileContext, from: string | undefined, through: string | undefined) {
  if (through !== undefined) return deviceSource(ctx, deviceOf(ctx, through));
  const s = from === undefined ? undefined : ctx.anatomy.byId.get(from);
  if (s?.shape.type === 'point') return locateInDucts(ctx.tree, s.shape.at);
  return s && ctx.tree.has(s.id) ? { duct: s.id, arc: 0 } : null;
}

/**
 * Contrast spreads from its source along the duct tree at a steady pace,
 * from where earlier injections at the same place (with the same lesions
 * open) left it to `to` of the whole fill. Closed lesions stop it; past the
 * papilla it runs into the duodenum. A source outside every duct fills
 * nothing (it washes out).
 */
export const contrastTrack: ActionCompiler<'contrast'> = (ctx, a, { start, end }) => {
  const source = sourceOf(ctx, a.from, a.through);
  if (!source) return;
  const barriers = closedBarriers(ctx);
  const key = `${source.duct}@${source.arc.toFixed(1)}|${barriers.map((b) => b.index).join(',')}`;
  const fill = ctx.fills.get(key) ?? { plan: planFill(ctx.tree, source, barriers), reach: 0 };
  const to = Math.max(fill.reach, (a.to ?? 1) * fullReach(fill.plan));
  ctx.tracks.push({ type: 'contrast', start, end, plan: fill.plan, from: fill.reach, to });
  ctx.fills.set(key, { plan: fill.plan, reach: to });
};
