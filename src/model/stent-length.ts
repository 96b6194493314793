import { UNITS_PER_LENGTH_MM } from './device-specs.js';
import { STENT_SPECS } from './stent-specs.js';

/** Units per cm along a route. */
const PER_CM = 10 * UNITS_PER_LENGTH_MM;
/** A plan this close over a stocked length (0.05 cm, under the figures' rounding) still takes that length. */
const TOLERANCE = 0.05 * PER_CM;

/**
 * The stent length ordered for a planned length (units along the route): the shortest length the type comes in
 * that covers the plan, or, for a type without a stocked set or a plan longer than all of them, the plan rounded up
 * to a whole cm. In units. Pure.
 */
export function chosenStentLength(planned: number, type: string | undefined): number {
  const stocked = type === undefined ? undefined : STENT_SPECS[type as keyof typeof STENT_SPECS]?.lengthsCm;
  const whole = Math.max(1, Math.ceil((planned - TOLERANCE) / PER_CM)) * PER_CM;
  const fits = stocked?.find((cm) => cm * PER_CM >= planned - TOLERANCE);
  return fits === undefined ? whole : fits * PER_CM;
}
