import { closedBarriers, deviceSource, tween, type CompileContext } from '../compile-context.js';
import { locateInDucts } from '../duct-tree.js';
import { LANDMARKS } from '../../model/landmarks.js';
import { fullReach, planFill, type Barrier, type FillEntry } from '../plan-fill.js';
import { deviceOf, type ActionCompiler } from './action-compiler.js';
import { fillCavity } from './cavity-contrast.js';

/** Where contrast enters the ducts: a device's tip (or a drain's side holes), a point, or a duct's peripheral end. */
function sourceOf(ctx: CompileContext, from: string | undefined, through: string | undefined) {
  if (through !== undefined) return deviceSource(ctx, deviceOf(ctx, through));
  const s = from === undefined ? undefined : ctx.anatomy.byId.get(from);
  if (s?.shape.type === 'point') return locateInDucts(ctx.tree, s.shape.at);
  return s && ctx.tree.has(s.id) ? { duct: s.id, arc: 0 } : null;
}

/**
 * The lesions that stop contrast: the closed ones, except a ring (a short,
 * partial scar narrowing such as a benign anastomotic stricture), which lets a
 * thin stream through into the normal-calibre duct below. A mass or sleeve
 * block stops it until it is opened or bridged.
 */
function contrastBarriers(ctx: CompileContext) {
  return closedBarriers(ctx).filter((b) => ctx.setup.lesions[b.index]?.kind !== 'ring');
}

/**
 * A source that lies inside a closed lesion (a device stopped right at its
 * upper end, or a tip resolved a hair into it) injects at the lesion's upper
 * end: devices come in from the periphery, so the contrast fills the ducts on
 * their side of the block instead of being trapped in the narrowing.
 */
function outsideBarriers(source: { duct: string; arc: number }, barriers: readonly Barrier[]) {
  const inside = barriers.find((b) => b.duct === source.duct && source.arc > b.from && source.arc < b.to);
  return inside ? { duct: source.duct, arc: inside.from } : source;
}

/**
 * Contrast spreads from its source along the duct tree at a steady pace,
 * from where earlier injections at the same place (with the same lesions
 * open) left it to `to` of the whole fill. Closed mass and sleeve lesions
 * stop it, a ring lets it pass; past the papilla it runs into the duodenum. A source outside every duct fills
 * nothing (it washes out), unless it lies in an organ cavity, which fills.
 */
export const contrastTrack: ActionCompiler<'contrast'> = (ctx, a, { start, end }) => {
  // A new injection opacifies again what an earlier drainage washed out.
  for (const [key, v] of ctx.values) if (key.startsWith('washout:') && v > 0) tween(ctx, key, start, start, 0);
  const found = sourceOf(ctx, a.from, a.through);
  if (!found && a.through !== undefined) fillCavity(ctx, deviceOf(ctx, a.through), a.to ?? 1, start, end);
  if (!found) return;
  const barriers = contrastBarriers(ctx);
  const source = outsideBarriers(found, barriers);
  const key = `${source.duct}@${source.arc.toFixed(1)}|${barriers.map((b) => b.index).join(',')}`;
  const fill = ctx.fills.get(key) ?? { plan: planFill(ctx.tree, source, barriers), reach: 0 };
  const to = Math.max(fill.reach, (a.to ?? 1) * fullReach(fill.plan));
  ctx.tracks.push({ type: 'contrast', start, end, plan: fill.plan, from: fill.reach, to });
  ctx.fills.set(key, { plan: fill.plan, reach: to });
  poolInGallbladder(ctx, fill.plan, fill.reach, to, start, end);
};

/**
 * Contrast that runs up the whole cystic duct pools in the gallbladder late
 * and diluted by its bile: the pool starts when the column reaches the neck
 * and takes longer than the ducts did to fill (brief §2e).
 */
function poolInGallbladder(
  ctx: CompileContext,
  plan: readonly FillEntry[],
  from: number,
  to: number,
  start: number,
  end: number,
) {
  const cystic = plan.find((e) => e.duct === LANDMARKS.gallbladderDuct && e.lo < 0.5 && e.at >= e.hi - 0.5);
  if (!cystic) return;
  const full = cystic.d0 + cystic.at - cystic.lo;
  if (full <= from || full > to) return;
  const reached = start + ((full - from) / (to - from)) * (end - start);
  const key = `pool:${LANDMARKS.gallbladder}`;
  if ((ctx.values.get(key) ?? 0) < 1) tween(ctx, key, reached, reached + 1.5 * (end - reached) + 1000, 1, 'linear');
}
