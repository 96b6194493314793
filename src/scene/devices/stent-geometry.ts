import stents from '../../../data/stents.json';
import type { Point } from '../../model/anatomy-schema.js';
import { UNITS_PER_MM, deviceWidth } from '../../model/device-specs.js';
import { STENT_WAIST, WAIST_FADE, WAIST_REACH } from '../../model/stent-specs.js';
import type { DeviceState } from '../../timeline/timeline-types.js';
import { ductWidthAt, lesionsOnRoute, type DeviceContext } from './device-context.js';
import { whereLies } from './where-lies.js';

export type StentType = 'mesh' | 'z' | 'spiral' | 'plastic';
const FACTS = stents as unknown as Record<StentType, { openMm: number; shortening: number }>;

/** Units along the stent over which a freshly released part flares from the sheath to the wall (about 4 mm). */
const FLARE = 12;
/** How much wider than where it left the duct a stent's free end in the bowel opens: a slight flare. */
const END_FLARE = 0.12;
/** Units inside each end of a tumour over which a stent eases from its open calibre into the waist. */
const WAIST_EASE = 6;
/** Units past the duct's end over which that flare builds up (about 5 mm). */
const FLARE_RUN = 14;
/**
 * Z rings on a stent of this length and open width: short hoops (brief §3: several short Z-bodies linked
 * end to end), each slot about two thirds of the open width long so a lecture hall sees separate rings.
 */
export const zRingCount = (length: number, width: number) => Math.max(3, Math.round(length / (width * 0.65)));

/** Where a stent lies along its route and how wide it is at each point. */
export interface StentGeometry {
  readonly type: StentType;
  /** Arc lengths of the stent's ends along its route. */
  readonly proximal: number;
  readonly distal: number;
  /** Arc length where the released part begins; the part before it is still in the sheath. */
  readonly openFrom: number;
  /** 0 = loaded on its delivery system, 1 = fully released. */
  readonly released: number;
  /** The loaded stent's ends (where the delivery catheter's markers sit). */
  readonly loaded: readonly [number, number];
  readonly widthAt: (s: number) => number;
  /** Open width at the middle of the stent's final place: sets the braid's pitch. */
  readonly restWidth: number;
  /** Fraction of its loaded length a released stent loses (braided mesh only). */
  readonly shortening: number;
  /** Z rings over the drawn length (`zRingCount`): the Z pattern reads it here, in a chunk apart from this module. */
  readonly zRings: number;
  /** Position along the loaded (unshortened) stent from its distal end, in units: wires keep their place on it. */
  readonly material: (s: number) => number;
}

const released = (device: DeviceState): number =>
  stentType(device.kind) === 'plastic' ? 1 : Math.max(0, Math.min(1, device.deploy ?? 0));

/**
 * Arc lengths along its route of a stent's drawn proximal end and of where its released part begins (a braided
 * stent shortens toward its tip as it opens); its distal end is the device's tip.
 */
export function stentEnds(device: DeviceState): readonly [proximal: number, openFrom: number] {
  const length = Math.max(0, device.tip - device.tail);
  const f = released(device);
  const openFrom = device.tip - f * length * (1 - FACTS[stentType(device.kind)].shortening);
  return [openFrom - (1 - f) * length, openFrom];
}

/** A stent kind's type name. */
export const stentType = (kind: string): StentType => kind.replace('stent-', '') as StentType;

/**
 * Self-expanding stents open from the distal end as the sheath retracts. A
 * braided (mesh) stent is loaded longer by its shortening and shortens
 * toward its tip as it widens; Z rings snap open one at a time once the
 * sheath has cleared them, at constant length; plastic never expands.
 * Released, a stent fills the lumen it sits in (never wider) with square ends. `ducts` (default the device's
 * route) is the route along the ducts' centrelines that the duct widths are looked up on, where the drawn route
 * (`stentRoute`) bends off it toward the bowel; arc lengths are the same along both.
 */
export function stentGeometry(
  device: DeviceState,
  ctx: DeviceContext,
  ppu: number,
  ducts: readonly Point[] = device.route,
): StentGeometry {
  const type = stentType(device.kind);
  const shortening = FACTS[type].shortening;
  const length = Math.max(0, device.tip - device.tail);
  const f = released(device);
  const distal = device.tip;
  const [proximal, openFrom] = stentEnds(device);
  const closed = deviceWidth(device.kind, ppu) * 0.8;
  const nominal = FACTS[type].openMm * UNITS_PER_MM;
  const tumours = type === 'plastic' ? [] : lesionsOnRoute(device.route, ctx);
  // A tumour holds the stent to a waist over its own length only; above and below it the stent opens fully.
  const waist = (s: number) => {
    let k = 1;
    for (const t of tumours) {
      const inside = Math.min(s - t.from, t.to - s);
      if (inside > 0) k = Math.min(k, 1 - (1 - STENT_WAIST) * Math.min(1, inside / WAIST_EASE));
    }
    return k * nominal;
  };
  // Across a tumour the stent holds the lumen open to its waist, however tight the tumour or the ducts it engulfs.
  const floor = (s: number) => {
    let k = 0;
    for (const t of tumours)
      k = Math.max(k, Math.min(1, Math.max(0, (Math.min(s - t.from, t.to - s) + WAIST_REACH) / WAIST_FADE + 1)));
    return k * STENT_WAIST * nominal;
  };
  const open = (s: number) => {
    const { width, past } = lumenBehind(ducts, s, ctx);
    // Out of the duct (a transpapillary end in D2) nothing holds it: it flares a little toward its open end.
    // Never wider than the lumen the stent holds open there (past a tumour's end, the plain duct it runs on in).
    const wall = Math.min(floor(s), ductWidthAt(ducts, s, ctx, true, true) * 0.94);
    const held = Math.min(nominal, waist(s), Math.max(width * 0.94, wall));
    return held * (1 + END_FLARE * Math.min(1, past / FLARE_RUN));
  };
  // The open widths depend on where the stent lies and the anatomy's shape, not on how far it is released: kept
  // under the shape key, a release draws from the same ones every frame. On a quarter-unit grid, so that a width
  // kept from another frame is the one this frame would find.
  const opens =
    ctx.shapeKey === undefined
      ? new Map<number, number>()
      : whereLies(ctx.anatomy, `open|${ctx.shapeKey}`, device, () => new Map<number, number>(), ducts);
  const openAt = (s: number) => {
    const key = Math.round(s * 4);
    let w = opens.get(key);
    if (w === undefined) opens.set(key, (w = open(key / 4)));
    return w;
  };
  const rest = restWidth({ ...device, route: ducts }, ctx, nominal, length * (1 - shortening));
  const ring = length / zRingCount(length, rest);
  // A Z ring springs open once the sheath has cleared half of it.
  const ringOpen = (s: number) => f >= 1 || distal - (Math.floor((distal - s) / ring) + 0.5) * ring >= openFrom - 1e-6;
  const width = (s: number) => {
    if (type === 'plastic') return deviceWidth(device.kind, ppu);
    if (type === 'z') return ringOpen(s) ? Math.max(closed, openAt(s)) : closed;
    if (s < openFrom) return closed;
    const flare = f >= 1 ? 1 : Math.min(1, (s - openFrom) / FLARE);
    return closed + Math.max(0, openAt(s) - closed) * flare;
  };
  // Wire patterns ask for the same places many times over: look each up once per frame.
  const memo = new Map<number, number>();
  const widthAt = (s: number) => {
    const key = Math.round(s * 4);
    let w = memo.get(key);
    if (w === undefined) memo.set(key, (w = width(s)));
    return w;
  };
  const material = (s: number) =>
    s >= openFrom ? (distal - s) / (1 - shortening) : (distal - openFrom) / (1 - shortening) + (openFrom - s);
  return {
    type,
    proximal,
    distal,
    openFrom,
    released: f,
    loaded: [device.tail, device.tip],
    widthAt,
    material,
    restWidth: rest,
    shortening,
    zRings: zRingCount(distal - proximal, rest),
  };
}

/**
 * The duct's drawn lumen at s and how far s lies past the duct's end (0 inside it); past the end (a
 * transpapillary stent's tip in D2) the lumen where the stent left the duct, so the protruding end flares
 * from that, not to its nominal size.
 */
function lumenBehind(route: readonly Point[], s: number, ctx: DeviceContext): { width: number; past: number } {
  for (let back = s; back >= Math.max(0, s - 60); back -= 2) {
    const width = ductWidthAt(route, back, ctx, true);
    if (width !== Infinity) return { width, past: s - back };
  }
  return { width: Infinity, past: 0 };
}

/** Mean open width over the stent's final place (strictures left out), so its braid averages ±45° there. */
function restWidth(device: DeviceState, ctx: DeviceContext, nominal: number, span: number): number {
  const n = Math.max(1, Math.round(span / 8));
  let sum = 0;
  for (let k = 0; k <= n; k++)
    sum += Math.min(nominal, ductWidthAt(device.route, device.tip - (k / n) * span, ctx) * 0.94);
  return sum / (n + 1);
}
