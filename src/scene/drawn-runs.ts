import type { Point } from '../model/anatomy-schema.js';

/** A path's polylines: each from its M, as written (rounded); `closed` when each ends in Z. */
export interface DrawnRuns {
  readonly runs: readonly (readonly Point[])[];
  readonly closed: boolean;
}

/**
 * The polylines behind recently drawn device paths, by their path data. Labels and the locator ask where devices
 * are drawn every frame a device moves; reading the points back out of a braid's path text cost more than drawing
 * it.
 */
const drawn = new Map<string, DrawnRuns>();
/** About ten frames' parts: a path is asked for in the frame that drew it, or while its device holds. */
const KEPT = 256;

/** Remembers the polylines that path data `d` draws. */
export function keepRuns(d: string, runs: DrawnRuns): void {
  if (!d || drawn.has(d)) return;
  if (drawn.size >= KEPT) drawn.delete(drawn.keys().next().value!);
  drawn.set(d, runs);
}

/** The polylines of path data drawn lately from points alone (M, L and Z); undefined for any other. */
export function drawnRuns(d: string): DrawnRuns | undefined {
  return drawn.get(d);
}
