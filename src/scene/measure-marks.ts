import type { Point } from '../model/anatomy-schema.js';
import { UNITS_PER_LENGTH_MM } from '../model/device-specs.js';
import { LANDMARKS } from '../model/landmarks.js';
import { nearestOnPolyline, pointAtLength, polylineLength } from '../model/geometry.js';
import type { DeviceState } from '../timeline/timeline-types.js';
import { ductWidthAt, type DeviceContext } from './devices/device-context.js';
import { splineOf } from '../model/spline-of.js';

/**
 * Margin beyond each end of the stricture, units: 1.5 cm, the middle of the "commonly 1–2 cm" the brief
 * gives unverified (§2d), so the step's caption says "typically". The stent step's marker catheter stops there too.
 */
export const MEASURE_MARGIN = 1.5 * 10 * UNITS_PER_LENGTH_MM;
/**
 * A block this near the papilla (3 cm, S28) is stented across it, the stent's end standing this far into D2
 * (about 7 mm): the same rule as the stent step's `transpapillary` stop in the procedure data.
 */
const PAPILLA_WITHIN = 84;
const PAPILLA_STUB = 20;
/** Below a tumour mass the column counts as narrowed while under this share of the calibre above the shoulder. */
const NARROWED = 0.6;

/** A lesion end counts as on the catheter's route within this many units. */
const ON_ROUTE = 6;

/** One measured stretch along the catheter's route: arc lengths and what it is. */
export interface MeasureSpan {
  readonly part: 'above' | 'stricture' | 'below';
  readonly from: number;
  readonly to: number;
}

/** Where the stent's lower end goes: across the papilla, above it, or (no papilla on the route) neither. */
export type StentEnd = 'transpapillary' | 'suprapapillary' | 'none';

/** The measurement a marker catheter across a stricture shows: the catheter's route and its three stretches. */
export interface Measurement {
  readonly route: readonly Point[];
  readonly spans: readonly MeasureSpan[];
  readonly end: StentEnd;
}

/**
 * What the "measure" step measures, while a marker catheter lies on a route through a lesion: the
 * stricture from its shoulder to the distal end of the narrowing (below a tumour mass the encased duct
 * stays narrow down to the papilla), a margin above it, and below it either a margin or, across the
 * papilla, the stent's stub in D2. Null without a marker catheter in view or a lesion on its route. Pure.
 */
export function measurement(devices: readonly DeviceState[], ctx: DeviceContext): Measurement | null {
  const catheter = devices.find((d) => d.kind === 'marker-catheter' && d.opacity > 0.5);
  if (!catheter) return null;
  const route = catheter.route;
  let mass = false;
  const ends = ctx.lesions.flatMap((lesion) => {
    const duct = ctx.anatomy.byId.get(lesion.duct)?.shape;
    if (duct?.type !== 'tube') return [];
    const spine = splineOf(duct.centerline);
    const total = polylineLength(spine);
    const on = lesion.span.map((f) => nearestOnPolyline(route, pointAtLength(spine, f * total).point));
    if (on.every((e) => e.distance < ON_ROUTE)) mass ||= !!lesion.mass;
    return on;
  });
  const on = ends.filter((e) => e.distance < ON_ROUTE).map((e) => e.arc);
  if (on.length < 2) return null;
  const length = polylineLength(route);
  const from = Math.min(...on);
  const to = mass ? narrowedTo(route, from, Math.max(...on), ctx) : Math.max(...on);
  const papilla = papillaArc(route, ctx);
  const end: StentEnd =
    papilla === null ? 'none' : papilla - to <= PAPILLA_WITHIN ? 'transpapillary' : 'suprapapillary';
  const below = end === 'transpapillary' ? papilla! + PAPILLA_STUB : to + MEASURE_MARGIN;
  return {
    route,
    end,
    spans: [
      { part: 'above', from: Math.max(0, from - MEASURE_MARGIN), to: from },
      { part: 'stricture', from, to },
      { part: 'below', from: to, to: Math.min(length, below) },
    ],
  };
}

/** Arc length where the narrowed column below a shoulder at `from` ends: it widens again or leaves the duct. */
function narrowedTo(route: readonly Point[], from: number, to: number, ctx: DeviceContext): number {
  const shoulder = ductWidthAt(route, Math.max(0, from - 8), ctx);
  const length = polylineLength(route);
  let s = to;
  while (s + 2 <= length) {
    const w = ductWidthAt(route, s + 2, ctx, true);
    if (!(w < shoulder * NARROWED)) break;
    s += 2;
  }
  return s;
}

/** Arc length of the major papilla on the route, or null when the route does not pass it. */
function papillaArc(route: readonly Point[], ctx: DeviceContext): number | null {
  const shape = ctx.anatomy.byId.get(LANDMARKS.papilla)?.shape;
  if (shape?.type !== 'point') return null;
  const near = nearestOnPolyline(route, shape.at);
  return near.distance < ON_ROUTE ? near.arc : null;
}

/** A length in units in centimetres, to one decimal. */
export const toCm = (units: number): number => Math.round(units / UNITS_PER_LENGTH_MM) / 10;

/** The length a measurement plans for the stent, units: from the top of its upper margin to its lower end. */
export const plannedLength = (m: Measurement): number => m.spans[m.spans.length - 1]!.to - m.spans[0]!.from;
