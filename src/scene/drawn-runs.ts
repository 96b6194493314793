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
/**
 * The paths asked for or drawn most lately: a moving braid writes a new path every frame, while a wire that holds
 * still keeps its text and is asked for every frame, so it stays kept.
 */
const KEPT = 256;

/** Remembers the polylines that path data `d` draws. */
export function keepRuns(d: string, runs: DrawnRuns): void {
  if (!d) return;
  if (drawn.delete(d)) return void drawn.set(d, runs);
  if (drawn.size >= KEPT) drawn.delete(drawn.keys().next().value!);
  drawn.set(d, runs);
}

/**
 * Remembers that path data `path` draws what `d` (drawn lately) draws, then only curves or arcs, which add no
 * polyline: a wire's text with its floppy tip, new every frame it rides through an opening stent.
 */
export function keepRunsOf(path: string, d: string): void {
  const runs = drawn.get(d);
  if (runs) keepRuns(path, runs);
}

/** The polylines of path data drawn lately from points alone (M, L and Z); undefined for any other. */
export function drawnRuns(d: string): DrawnRuns | undefined {
  const runs = drawn.get(d);
  if (runs) {
    // Asked for again: kept as the newest, so a still device's path outlives the moving ones drawn since.
    drawn.delete(d);
    drawn.set(d, runs);
  }
  return runs;
}
