import { LANDMARKS } from '../model/landmarks.js';
import { STENT_SPECS } from '../model/stent-specs.js';
import type { Approach, LesionStopValue, PerApproach, StopValue } from '../model/action-schema.js';
import { drawsAs, isDrainKind, loopRadius, UNITS_PER_MM } from '../model/device-specs.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { pickApproach } from '../model/pick-approach.js';
import type { Procedure } from '../model/procedure-schema.js';
import type { StentName } from '../model/stent-names.js';
import type { Variant } from '../model/when-holds.js';
import { pointAtLength } from '../model/geometry.js';
import { locateInDucts, type DuctNode } from './duct-tree.js';
import { loopClearance } from './loop-clearance.js';
import type { ObstructionSetup } from './obstruction-setup.js';
import type { Barrier, FillEntry } from './plan-fill.js';
import { resolveRoute, type ResolvedRoute } from './resolve-route.js';
import type { DeviceTrack, FlowTrack, Track } from './track-types.js';
import type { DeviceKind } from './timeline-types.js';

/** Per stent type: open diameter (mm) and how much a braided stent shortens (data/stents.json). */
export const STENT_FACTS: Readonly<Record<StentName, { readonly openMm: number; readonly shortening: number }>> =
  STENT_SPECS;

/**
 * The balloon of a balloon catheter, as the scene draws it: 3 cm long, its
 * distal end 4 units behind the catheter tip.
 */
export const BALLOON = { length: 3 * 28, tipGap: 4 } as const;

/** A device while compiling: its route and where the first lesion stops it. */
export interface CompileDevice {
  readonly id: string;
  readonly kind: DeviceKind;
  readonly route: ResolvedRoute;
  /** Route arc of the upper end of the first lesion on the route (Infinity when the route misses them). */
  readonly limit: number;
  /** A drain's: the furthest tip arc whose locked loop stays clear of every tumour (Infinity: anywhere). */
  readonly loopLimit?: number;
  track: DeviceTrack;
}

/** A lesion while compiling: its duct arcs and whether treatment has opened it. */
export interface CompileLesion extends Barrier {
  readonly index: number;
  /** Dilated drawn width of its duct, units. */
  readonly width: number;
  /** Opened by `open-lesion`: no longer stops contrast. */
  opened: boolean;
}

/** Everything the action compilers share while walking the steps in order. */
export interface CompileContext {
  readonly procedure: Procedure;
  readonly anatomy: Anatomy;
  readonly approach: Approach;
  readonly variant: Variant;
  readonly stent: StentName;
  readonly tree: ReadonlyMap<string, DuctNode>;
  readonly setup: ObstructionSetup;
  readonly lesions: readonly CompileLesion[];
  /** Ducts the obstruction dilates (those with a stretch upstream of a lesion). */
  readonly upstream: readonly string[];
  readonly devices: Map<string, CompileDevice>;
  /** Stent id → the id of the delivery system or pusher carrying it, until deployed. */
  readonly carriers: Map<string, string>;
  readonly tracks: Track[];
  /** Each key's value where the actions so far leave it. */
  readonly values: Map<string, number>;
  /** Contrast plans by source and open lesions, with the reach filled so far. */
  readonly fills: Map<string, { plan: readonly FillEntry[]; reach: number }>;
  /** The flow running now: its track's index in `tracks` and the device it runs through. */
  flow: { index: number; device: string } | null;
  /** Step end, ms on the global axis (for marks that hold to it). */
  stepEnd: number;
}

/**
 * Adds a track moving `key` from its current value to `to`; with `jump` (a size in the value's units) in whole
 * jumps of about that size instead of smoothly.
 */
export function tween(
  ctx: CompileContext,
  key: string,
  start: number,
  end: number,
  to: number,
  ease: 'linear' | 'cubic' = 'cubic',
  jump?: number,
) {
  const from = ctx.values.get(key) ?? 0;
  const steps = jump ? Math.max(1, Math.round(Math.abs(to - from) / jump)) : undefined;
  ctx.tracks.push({ type: 'value', key, start, end, from, to, ease, ...(steps && { steps }) });
  ctx.values.set(key, to);
}

/** Resolves a named route for the context's approach. */
export function namedRoute(ctx: CompileContext, name: string): ResolvedRoute {
  const ids = ctx.procedure.routes[name] && pickApproach(ctx.procedure.routes[name], ctx.approach);
  if (!ids) throw new Error(`route "${name}" has no ${ctx.approach} variant`);
  return resolveRoute(ids, ctx.anatomy, ctx.procedure.points);
}

/** A lesion on a route: route arcs [start, end]; `entered` when the route reaches it from above. */
export interface RouteLesion {
  readonly lesion: CompileLesion;
  readonly start: number;
  readonly end: number;
  readonly entered: boolean;
}

/** Where each lesion lies on a route, for the lesions the route runs through, in route order. */
export function lesionsOnRoute(ctx: CompileContext, route: ResolvedRoute): RouteLesion[] {
  const out: RouteLesion[] = [];
  for (const lesion of ctx.lesions) {
    const stretch = route.ducts.find((d) => d.id === lesion.duct);
    if (!stretch) continue;
    const ductEnd = stretch.ductStart + (stretch.end - stretch.start);
    const [from, to] = [Math.max(lesion.from, stretch.ductStart), Math.min(lesion.to, ductEnd)];
    if (to <= from) continue;
    const at = (arc: number) => stretch.start + arc - stretch.ductStart;
    out.push({ lesion, start: at(from), end: at(to), entered: lesion.from >= stretch.ductStart - 1e-6 });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Route arc of the upper end of the first lesion a route enters from above, or Infinity. */
export function limitOn(ctx: CompileContext, route: ResolvedRoute): number {
  return lesionsOnRoute(ctx, route).reduce((m, l) => (l.entered ? Math.min(m, l.start) : m), Infinity);
}

/** The lesions that still stop contrast: not opened and not bridged by an internal–external drain in place. */
export function closedBarriers(ctx: CompileContext): CompileLesion[] {
  const drains = [...ctx.devices.values()].filter((d) => drawsAs(d.kind) === 'across-drain');
  return ctx.lesions.filter((lesion) => {
    if (lesion.opened) return false;
    return !drains.some((d) => {
      const on = lesionsOnRoute(ctx, d.route).find((l) => l.lesion === lesion);
      const [tip, tail] = [ctx.values.get(`tip:${d.id}`) ?? 0, ctx.values.get(`tail:${d.id}`) ?? 0];
      return on !== undefined && tail <= on.start && tip >= on.end;
    });
  });
}

/** Route arc of a place measured from the lesions on the route (see `LesionStop`). */
function lesionArc(device: CompileDevice, ctx: CompileContext, stop: LesionStopValue): number {
  const on = lesionsOnRoute(ctx, device.route);
  if (!on.length) return Math.min(device.route.length, device.limit);
  const start = on[0]!.start;
  const end = Math.max(...on.map((l) => l.end));
  const base = stop.lesions === 'start' ? start : stop.lesions === 'end' ? end : (start + end) / 2;
  const papilla = device.route.stops[LANDMARKS.papilla];
  const t = stop.transpapillary;
  if (t && papilla !== undefined && papilla - end <= t.within) return Math.min(device.route.length, papilla + t.into);
  return Math.max(0, Math.min(device.route.length, base + stop.offset));
}

/**
 * How far a drain that does not cross stays above the first lesion on its
 * route, units: its locked pigtail loop (a ~13 u circle centred ~13 u beyond
 * the tip) must coil in dilated duct upstream of the block, not in the tumour.
 */
export const PIGTAIL_CLEARANCE = 32;

/** Route arc a device stops at unless it crosses: the first lesion's upper end, less the pigtail clearance for a drain. */
export function stopLimit(device: CompileDevice): number {
  const drain = isDrainKind(device.kind);
  return drain ? Math.max(0, Math.min(device.limit - PIGTAIL_CLEARANCE, device.loopLimit ?? Infinity)) : device.limit;
}

/** Arc length on the device's route of a stop, kept above the first lesion unless `cross` (a drain with room for its pigtail). */
export function stopArc(
  ctx: CompileContext,
  device: CompileDevice,
  stop: PerApproach<StopValue>,
  cross = false,
): number {
  const value = pickApproach(stop, ctx.approach) ?? 0;
  const arc =
    typeof value === 'number'
      ? value * device.route.length
      : typeof value === 'string'
        ? (device.route.stops[value] ?? 0)
        : lesionArc(device, ctx, value);
  return cross ? arc : Math.min(arc, stopLimit(device));
}

/** Whether a kind is a stent (not its delivery system). */
export const isStentKind = (kind: DeviceKind): boolean => drawsAs(kind) === 'stent';

/** The share of its loaded length a stent kind loses as it opens (a braided stent's; 0 for any other device). */
export const stentShortening = (kind: DeviceKind): number =>
  isStentKind(kind) ? (STENT_FACTS[kind.slice('stent-'.length) as StentName]?.shortening ?? 0) : 0;

/** Inserts a device at `start` (tip and tail at the skin, or tip `length` units in). */
export function insertDevice(
  ctx: CompileContext,
  id: string,
  kind: DeviceKind,
  route: ResolvedRoute,
  start: number,
  length = 0,
) {
  const track: DeviceTrack = { type: 'device', id, kind, route: route.points, appear: start, gone: null };
  const tumours = ctx.lesions.map((l) => ({
    ...l,
    kind: ctx.setup.lesions[l.index]!.kind,
    mass: ctx.setup.lesions[l.index]!.mass,
  }));
  const loopLimit = isDrainKind(kind) ? loopClearance(route, loopRadius(kind), tumours, ctx.tree) : undefined;
  const device: CompileDevice = { id, kind, route, limit: limitOn(ctx, route), loopLimit, track };
  ctx.values.set(`tip:${id}`, length);
  for (const key of ['tail', 'curl']) ctx.values.set(`${key}:${id}`, 0);
  if (kind === 'balloon-catheter') for (const key of ['inflation', 'effacement']) ctx.values.set(`${key}:${id}`, 0);
  if (isStentKind(kind)) ctx.values.set(`deploy:${id}`, 0);
  ctx.values.set(`opacity:${id}`, 1);
  ctx.devices.set(id, device);
  return device;
}

/** Marks a device gone at `time` (its track keeps its values until then); a flow through it stops. */
export function dropDevice(ctx: CompileContext, device: CompileDevice, time: number) {
  device.track = { ...device.track, gone: time };
  ctx.tracks.push(device.track);
  ctx.devices.delete(device.id);
  if (ctx.flow?.device === device.id) {
    const flow = ctx.tracks[ctx.flow.index] as FlowTrack;
    ctx.tracks[ctx.flow.index] = { ...flow, end: time };
    ctx.flow = null;
    if ((ctx.values.get('bag') ?? 0) > 0) tween(ctx, 'bag', time, time, 0, 'linear');
  }
}

/** The lumen a plastic stent leaves in a lesion: its tube's width over the duct's dilated width. */
export function plasticPatency(lesion: CompileLesion): number {
  return Math.min(1, (STENT_FACTS.plastic.openMm * UNITS_PER_MM) / lesion.width);
}

/**
 * Route arcs [from, to] of a device's working part: a balloon's balloon, a
 * stent's length once open (a braided stent shortens toward its tip), or the
 * whole inserted length.
 */
export function workingPart(ctx: CompileContext, device: CompileDevice): [number, number] {
  const tip = ctx.values.get(`tip:${device.id}`) ?? 0;
  const tail = ctx.values.get(`tail:${device.id}`) ?? 0;
  if (device.kind === 'balloon-catheter') {
    const end = tip - BALLOON.tipGap;
    return [Math.max(tail, end - BALLOON.length), end];
  }
  if (isStentKind(device.kind)) return [tip - (tip - tail) * (1 - stentShortening(device.kind)), tip];
  return [tail, tip];
}

/** How far apart the points are where a device is looked for inside the ducts, units. */
const PROBE_STEP = 2;

/**
 * Where a device meets the bile: the duct location of its tip; for a tip in
 * the duodenum, an internal–external drain's deepest side hole still inside
 * a bile duct (its holes lie above and below the block). Null outside them.
 */
export function deviceSource(ctx: CompileContext, device: CompileDevice): { duct: string; arc: number } | null {
  const tip = ctx.values.get(`tip:${device.id}`) ?? 0;
  const at = (s: number) => locateInDucts(ctx.tree, pointAtLength(device.route.points, s).point);
  const found = at(tip);
  if (!found || !ctx.tree.get(found.duct)?.sink || drawsAs(device.kind) !== 'across-drain') return found;
  return deepestBiliary(ctx, device) ?? found;
}

/** The duct location of a device's deepest point inside a bile duct (not the duodenum), or null. */
export function deepestBiliary(ctx: CompileContext, device: CompileDevice): { duct: string; arc: number } | null {
  const tip = ctx.values.get(`tip:${device.id}`) ?? 0;
  const tail = ctx.values.get(`tail:${device.id}`) ?? 0;
  for (let s = tip; s >= tail; s -= PROBE_STEP) {
    const found = locateInDucts(ctx.tree, pointAtLength(device.route.points, s).point);
    if (found && !ctx.tree.get(found.duct)?.sink) return found;
  }
  return null;
}
