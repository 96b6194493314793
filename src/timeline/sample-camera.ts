import { easeCubicInOut } from 'd3-ease';
import { cameraNamed, filmPresetOf, OVERVIEW, type Camera } from '../model/cameras.js';
import type { Timeline } from './timeline-types.js';

/** How long the camera takes to move to a step's preset, ms (shorter steps move faster). */
export const CAMERA_MOVE_MS = 600;

/**
 * The camera at t in step `index`: eased from the previous step's preset to this one's; with `film`, between the
 * presets an X-ray view uses (data/cameras.json `film`).
 */
export function sampleCamera(timeline: Timeline, index: number, t: number, film = false): Camera {
  const step = timeline.steps[index];
  if (!step) return OVERVIEW;
  const named = (name: string) => cameraNamed(film ? filmPresetOf(name) : name);
  const to = named(step.camera);
  const previous = timeline.steps[index - 1];
  if (!previous) return { ...to };
  const from = named(previous.camera);
  const move = Math.min(CAMERA_MOVE_MS, step.end - step.start);
  const k = easeCubicInOut(Math.max(0, Math.min(1, (t - step.start) / move)));
  const mix = (a: number, b: number) => (k === 1 ? b : a + (b - a) * k);
  return { x: mix(from.x, to.x), y: mix(from.y, to.y), w: mix(from.w, to.w), h: mix(from.h, to.h) };
}
