import { lesionsOnRoute, plasticPatency, tween, workingPart, type CompileLesion } from '../compile-context.js';
import { deviceOf, type ActionCompiler } from './action-compiler.js';

/**
 * A lumen widens in jumps of this share of the dilated width (1.6 units of the 52-unit common bile duct, under a
 * pixel a wall at 800 px): each jump redraws the anatomy and re-places the labels, so a stent opening over seven
 * seconds rebuilds them a few times, not every frame.
 */
export const PATENCY_JUMP = 1 / 32;

/**
 * The lesions under device `by`'s working part (or every lesion) go to
 * patency `to` (lower than now = recoil after a balloon). A plastic stent
 * widens a lesion to no more than its tube's width, and never narrows it.
 * Opened lesions no longer stop contrast.
 */
export const openLesionTrack: ActionCompiler<'open-lesion'> = (ctx, a, { start, end }) => {
  let lesions: readonly CompileLesion[] = ctx.lesions;
  let limit: (lesion: CompileLesion) => number = () => Infinity;
  if (a.by !== undefined) {
    const device = deviceOf(ctx, a.by);
    const [lo, hi] = workingPart(ctx, device);
    lesions = lesionsOnRoute(ctx, device.route)
      .filter((l) => l.start < hi && l.end > lo)
      .map((l) => l.lesion);
    if (device.kind === 'stent-plastic')
      limit = (lesion) => Math.max(ctx.values.get(`patency:${lesion.index}`) ?? 0, plasticPatency(lesion));
  }
  for (const lesion of lesions) {
    tween(ctx, `patency:${lesion.index}`, start, end, Math.min(a.to, limit(lesion)), 'cubic', PATENCY_JUMP);
    lesion.opened = true;
  }
};
