import type { Approach, PerApproach, StopValue } from '../model/action-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import { pickApproach } from '../model/pick-approach.js';
import type { Procedure } from '../model/procedure-schema.js';
import type { DuctNode } from './duct-tree.js';
import type { Barrier, FillEntry } from './plan-fill.js';
import { resolveRoute, type ResolvedRoute } from './resolve-route.js';
import type { DeviceTrack, Track } from './track-types.js';
import type { DeviceKind } from './timeline-types.js';

/** A device while compiling: its route and where the obstruction stops it. */
export interface CompileDevice {
  readonly id: string;
  readonly kind: DeviceKind;
  readonly route: ResolvedRoute;
  /** Route arc of the obstruction's upper end (Infinity when the route misses it). */
  readonly limit: number;
  track: DeviceTrack;
}

/** Everything the action compilers share while walking the steps in order. */
export interface CompileContext {
  readonly procedure: Procedure;
  readonly anatomy: Anatomy;
  readonly approach: Approach;
  readonly tree: ReadonlyMap<string, DuctNode>;
  readonly barrier: Barrier | null;
  /** Ducts the obstruction dilates (those draining into it above the block). */
  readonly upstream: readonly string[];
  readonly devices: Map<string, CompileDevice>;
  readonly tracks: Track[];
  /** Each key's value where the actions so far leave it. */
  readonly values: Map<string, number>;
  /** Contrast plans by source, with the reach filled so far. */
  readonly fills: Map<string, { plan: readonly FillEntry[]; reach: number }>;
  /** Step end, ms on the global axis (for marks that hold to it). */
  stepEnd: number;
}

/** Adds a track moving `key` from its current value to `to`. */
export function tween(
  ctx: CompileContext,
  key: string,
  start: number,
  end: number,
  to: number,
  ease: 'linear' | 'cubic' = 'cubic',
) {
  const from = ctx.values.get(key) ?? 0;
  ctx.tracks.push({ type: 'value', key, start, end, from, to, ease });
  ctx.values.set(key, to);
}

/** Resolves a named route for the context's approach. */
export function namedRoute(ctx: CompileContext, name: string): ResolvedRoute {
  const ids = ctx.procedure.routes[name] && pickApproach(ctx.procedure.routes[name], ctx.approach);
  if (!ids) throw new Error(`route "${name}" has no ${ctx.approach} variant`);
  return resolveRoute(ids, ctx.anatomy);
}

/** Route arc of the barrier's upper end on a route, or Infinity. */
export function limitOn(ctx: CompileContext, route: ResolvedRoute): number {
  const b = ctx.barrier;
  const stretch = b && route.ducts.find((d) => d.id === b.duct);
  if (!b || !stretch || b.from < stretch.ductStart) return Infinity;
  return Math.min(stretch.end, stretch.start + b.from - stretch.ductStart);
}

/** Arc length on the device's route of a stop, kept above the obstruction unless `cross`. */
export function stopArc(
  ctx: CompileContext,
  device: CompileDevice,
  stop: PerApproach<StopValue>,
  cross = false,
): number {
  const value = pickApproach(stop, ctx.approach) ?? 0;
  const arc = typeof value === 'number' ? value * device.route.length : (device.route.stops[value] ?? 0);
  return cross ? arc : Math.min(arc, device.limit);
}

/** Inserts a device at `start` (tip and tail at the skin). */
export function insertDevice(ctx: CompileContext, id: string, kind: DeviceKind, route: ResolvedRoute, start: number) {
  const track: DeviceTrack = { type: 'device', id, kind, route: route.points, appear: start, gone: null };
  const device: CompileDevice = { id, kind, route, limit: limitOn(ctx, route), track };
  for (const key of ['tip', 'tail', 'curl']) ctx.values.set(`${key}:${id}`, 0);
  ctx.values.set(`opacity:${id}`, 1);
  ctx.devices.set(id, device);
  return device;
}

/** Marks a device gone at `time` (its track keeps its values until then). */
export function dropDevice(ctx: CompileContext, device: CompileDevice, time: number) {
  device.track = { ...device.track, gone: time };
  ctx.tracks.push(device.track);
  ctx.devices.delete(device.id);
}
