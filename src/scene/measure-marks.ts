import type { Point } from '../model/anatomy-schema.js';
import { UNITS_PER_LENGTH_MM } from '../model/device-specs.js';
import { nearestOnPolyline, pointAtLength, polylineLength, sampleSpline } from '../model/geometry.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { DeviceState, Lesion } from '../timeline/timeline-types.js';

/**
 * Margin beyond each end of the stricture, units: 1.5 cm, the middle of the "commonly 1–2 cm" the brief
 * gives unverified (§2d), so its numeral says "typical". The stent step's marker catheter stops there too.
 */
export const MEASURE_MARGIN = 1.5 * 10 * UNITS_PER_LENGTH_MM;

/** A lesion end counts as on the catheter's route within this many units. */
const ON_ROUTE = 6;

/** One measured stretch along the catheter's route: arc lengths and what it is. */
export interface MeasureSpan {
  readonly part: 'above' | 'stricture' | 'below';
  readonly from: number;
  readonly to: number;
}

/** The measurement a marker catheter across a stricture shows: the catheter's route and its three stretches. */
export interface Measurement {
  readonly route: readonly Point[];
  readonly spans: readonly MeasureSpan[];
}

/**
 * What the "measure" step measures, while a marker catheter lies on a route through a
 * lesion: the stricture between its two ends, and the margin the stent covers above and
 * below it. Null without a marker catheter in view or a lesion on its route. Pure.
 */
export function measurement(
  anatomy: Anatomy,
  devices: readonly DeviceState[],
  lesions: readonly Lesion[],
): Measurement | null {
  const catheter = devices.find((d) => d.kind === 'marker-catheter' && d.opacity > 0.5);
  if (!catheter) return null;
  const ends = lesions.flatMap((lesion) => {
    const duct = anatomy.byId.get(lesion.duct)?.shape;
    if (duct?.type !== 'tube') return [];
    const spine = sampleSpline(duct.centerline);
    const total = polylineLength(spine);
    return lesion.span.map((f) => nearestOnPolyline(catheter.route, pointAtLength(spine, f * total).point));
  });
  const on = ends.filter((e) => e.distance < ON_ROUTE).map((e) => e.arc);
  if (on.length < 2) return null;
  const [from, to] = [Math.min(...on), Math.max(...on)];
  const length = polylineLength(catheter.route);
  return {
    route: catheter.route,
    spans: [
      { part: 'above', from: Math.max(0, from - MEASURE_MARGIN), to: from },
      { part: 'stricture', from, to },
      { part: 'below', from: to, to: Math.min(length, to + MEASURE_MARGIN) },
    ],
  };
}

/** A length in units as a number of centimetres, to one decimal (the scale bar names the unit). */
export const centimetres = (units: number): string => (units / UNITS_PER_LENGTH_MM / 10).toFixed(1);
