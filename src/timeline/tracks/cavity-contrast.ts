import { isCavity } from '../../model/structure-kinds.js';
import { insidePolygon, pointAtLength } from '../../model/geometry.js';
import { tween, type CompileContext, type CompileDevice } from '../compile-context.js';

/**
 * The organ cavity a device's tip lies in: an organ outline its route names
 * (the gallbladder of a cholecystostomy) that holds the tip in any of its
 * drawn states. Undefined when the tip is elsewhere.
 */
export function cavityAtTip(ctx: CompileContext, device: CompileDevice): string | undefined {
  const tip = pointAtLength(device.route.points, ctx.values.get(`tip:${device.id}`) ?? 0).point;
  return Object.keys(device.route.stops).find((id) => {
    const s = ctx.anatomy.byId.get(id);
    if (!s || !isCavity(s) || s.shape.type !== 'outline') return false;
    return [s.shape.points, ...Object.values(s.shape.states ?? {})].some((outline) => insidePolygon(tip, outline));
  });
}

/** Contrast injected into an organ cavity fills it, as a whole, to `to` (0–1) over the action. */
export function fillCavity(
  ctx: CompileContext,
  device: CompileDevice,
  to: number,
  start: number,
  end: number,
): boolean {
  const cavity = cavityAtTip(ctx, device);
  if (cavity === undefined) return false;
  tween(ctx, `cavity:${cavity}`, start, end, Math.max(ctx.values.get(`cavity:${cavity}`) ?? 0, to));
  return true;
}
