import type { Point } from './anatomy-schema.js';
import { pointAtLength } from './geometry.js';

/** How far ahead of a drain's tip, along its route, its locked loop is centred, in loop radii. */
export const LOOP_AHEAD = 1.2;

/**
 * The centre of a drain's locked loop of radius `r`: on the route just ahead of the tip (at the route's end when the
 * route ends sooner), so the loop lies in the lumen the route runs through. The drawing, the drain's stop short of a
 * tumour and the duct the loop holds open all place it here.
 */
export const loopCentre = (route: readonly Point[], tip: number, r: number): Point =>
  pointAtLength(route, tip + LOOP_AHEAD * r).point;
