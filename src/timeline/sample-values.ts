import { easeCubicInOut } from 'd3-ease';
import type { Track, ValueTrack } from './track-types.js';

/** Progress 0–1 of [start, end] at t; a zero-length span is done once t passes it. */
export const progress = (start: number, end: number, t: number): number =>
  end <= start ? (t > start ? 1 : 0) : Math.max(0, Math.min(1, (t - start) / (end - start)));

/** A value track's value at t (its from-value until it starts). */
export function valueAt(track: ValueTrack, t: number): number {
  const k = progress(track.start, track.end, t);
  const smooth = track.ease === 'cubic' ? easeCubicInOut(k) : k;
  const eased = track.steps ? Math.round(smooth * track.steps) / track.steps : smooth;
  return track.from + (track.to - track.from) * eased;
}

/**
 * Every keyed value at t: the base value, overridden by each track that has
 * started (start < t), in compile order.
 */
export function sampleValues(tracks: readonly Track[], t: number): Map<string, number> {
  const values = new Map<string, number>();
  for (const track of tracks) {
    if (track.type === 'base') for (const [key, value] of Object.entries(track.values)) values.set(key, value);
    else if (track.type === 'value' && track.start < t) values.set(track.key, valueAt(track, t));
  }
  return values;
}
