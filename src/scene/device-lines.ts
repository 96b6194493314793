import type { Point } from '../model/anatomy-schema.js';
import type { SceneDevicePart } from './scene-types.js';
import { drawnRuns } from './drawn-runs.js';

/**
 * The parts that make a device visible where a label could hide it: shafts, wires, stents and balloons, and an
 * ultrasound probe and its cable (a name on the cable, its leader ending there, read as the cable's: "Pancreas"), and
 * a planned path and its skin mark (a name on them hides where the needle will go).
 */
const SOLID = new Set<SceneDevicePart['part']>([
  'metal',
  'wire',
  'casing',
  'stent-wire',
  'plastic',
  'balloon',
  'probe',
  'cable',
  'planned',
  'skin-mark',
]);

/** Lines already read, per part and per frame's parts array: the scene builder keeps both while a device holds. */
const ofPart = new WeakMap<SceneDevicePart, readonly (readonly Point[])[]>();
const ofFrame = new WeakMap<readonly SceneDevicePart[], readonly (readonly Point[])[]>();

/**
 * The drawn polylines of a frame's devices (their M/L runs; a curve or arc command ends a run),
 * so labels can keep off what is actually drawn: a pigtail's loop, a balloon's outline.
 */
export function deviceLines(parts: readonly SceneDevicePart[]): readonly (readonly Point[])[] {
  let out = ofFrame.get(parts);
  if (!out) ofFrame.set(parts, (out = parts.flatMap(partLines)));
  return out;
}

function partLines(p: SceneDevicePart): readonly (readonly Point[])[] {
  if (!SOLID.has(p.part)) return [];
  let out = ofPart.get(p);
  if (out) return out;
  // Drawn just now as polylines: their points are known, with no need to read them back out of the path.
  out = (drawnRuns(p.d)?.runs ?? readRuns(p.d)).filter((run) => run.length > 1);
  ofPart.set(p, out);
  return out;
}

/** The M/L runs of any path data: a curve or arc command ends a run. */
function readRuns(d: string): Point[][] {
  const out: Point[][] = [];
  let run: Point[] = [];
  for (const m of d.matchAll(/([ML])\s*(-?[\d.]+)[ ,]\s*(-?[\d.]+)|[A-Za-z]/g)) {
    if (m[1] !== 'L' && run.length) {
      out.push(run);
      run = [];
    }
    if (m[1]) run.push([Number(m[2]), Number(m[3])]);
  }
  if (run.length) out.push(run);
  return out;
}
