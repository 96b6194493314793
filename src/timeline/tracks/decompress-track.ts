import { deviceWidth, drawsAs, loopRadius, UNITS_PER_MM } from '../../model/device-specs.js';
import { loopCentre } from '../../model/loop-centre.js';
import { LANDMARKS } from '../../model/landmarks.js';
import { nearestOnLine } from '../duct-line.js';
import { closedBarriers, deepestBiliary, STENT_FACTS, tween, type CompileContext } from '../compile-context.js';
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

/** Widest share of a duct's drawn lumen a device in it may fill (composition §13), so its wall still shows. */
const FILL = 0.7;

/**
 * How wide a duct must stay round a drain's locked loop lying in it: the loop's outer width, for a duct wide enough
 * to take it when dilated (the loop is locked there, so the duct cannot shrink round it); 0 for any other duct, and
 * for a narrower one, where the drawing keeps the loop's own bulge.
 */
function loopHold(ctx: CompileContext, id: string, dilated: number): number {
  const node = ctx.tree.get(id);
  if (!node) return 0;
  let need = 0;
  for (const device of ctx.devices.values()) {
    if ((ctx.values.get(`curl:${device.id}`) ?? 0) < 0.5) continue;
    const r = loopRadius(device.kind);
    const tip = ctx.values.get(`tip:${device.id}`) ?? 0;
    const centre = loopCentre(device.route.points, tip, r);
    const outer = 2 * r + deviceWidth(device.kind, Infinity);
    if (outer <= dilated && nearestOnLine(node.line, centre).distance <= node.radius) need = Math.max(need, outer);
  }
  return need;
}

/**
 * The lowest dilation a duct can shrink to: a duct cannot close around a
 * catheter or wire lying in it, so it stays wide enough to show its wall, nor
 * round a drain's locked loop; and a released stent holds a duct that can take
 * it open at the stent's own diameter.
 */
function heldOpen(ctx: CompileContext, id: string): number {
  const shape = ctx.anatomy.byId.get(id)?.shape;
  if (shape?.type !== 'tube') return 0;
  const { normal, dilated } = shape.diameter;
  const loop = loopHold(ctx, id, dilated);
  let floor = loop > normal ? Math.min(1, (loop - normal) / (dilated - normal)) : 0;
  for (const device of ctx.devices.values()) {
    const tip = ctx.values.get(`tip:${device.id}`) ?? 0;
    const stent = drawsAs(device.kind) === 'stent';
    const loaded = ctx.values.get(`tail:${device.id}`) ?? 0;
    // A released braided stent has shortened toward its tip: it holds open only the ducts it still lies in.
    const shortening = stent
      ? STENT_FACTS[device.kind.replace('stent-', '') as keyof typeof STENT_FACTS].shortening
      : 0;
    const tail = tip - (tip - loaded) * (1 - shortening);
    if (!device.route.ducts.some((d) => d.id === id && d.start < tip && d.end > tail)) continue;
    const need = stent
      ? STENT_FACTS[device.kind.replace('stent-', '') as keyof typeof STENT_FACTS].openMm * UNITS_PER_MM
      : deviceWidth(device.kind, Infinity) / FILL;
    // In a branch too narrow for its nominal diameter, a stent's end conforms to the lumen instead.
    if (stent && need > dilated) continue;
    floor = Math.max(floor, Math.min(1, (need - normal) / (dilated - normal)));
  }
  return floor;
}

/**
 * Ducts shrink to dilation `to`: the listed ones, those a device drains, or
 * every duct the obstruction dilated. The gallbladder empties when the
 * cystic duct is among the drained ducts (always, without `through`). With
 * `washout`, their contrast, and the bowel's they drain into, fades over the
 * second half: a check injection early in the step still shows before the
 * drained system clears.
 */
export const decompressTrack: ActionCompiler<'decompress'> = (ctx, a, { start, end }) => {
  const ducts = a.ducts ?? (a.through !== undefined ? drainedBy(ctx, a.through) : ctx.upstream);
  for (const id of ducts) tween(ctx, `dilation:${id}`, start, end, Math.max(a.to, heldOpen(ctx, id)));
  const empties = a.through === undefined || ducts.includes(LANDMARKS.gallbladderDuct);
  if (empties) tween(ctx, 'distension', start, end, 0);
  // Contrast given into the gallbladder mixes with what is left as it empties: the same contrast fills more of a
  // smaller lumen, so by the end it fills it, stones and all, not a pool ringed by a clear band.
  const cavity = `cavity:${LANDMARKS.gallbladder}`;
  if (empties && !a.washout && (ctx.values.get(cavity) ?? 0) > 0) tween(ctx, cavity, start, end, 1);
  if (!a.washout) return;
  // The bowel they drain into clears too: its contrast has long moved on by the time the ducts have shrunk.
  const bowels = [...ctx.tree.values()].filter((n) => n.sink).map((n) => n.id);
  const cleared = [...ducts, ...(empties ? [LANDMARKS.gallbladder] : []), ...bowels];
  for (const id of cleared) tween(ctx, `washout:${id}`, (start + end) / 2, end, 1);
};
