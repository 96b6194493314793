import type { Point } from '../model/anatomy-schema.js';
import { drawsAs } from '../model/device-specs.js';
import { pointAtLength } from '../model/geometry.js';
import type { DeviceState } from '../timeline/timeline-types.js';
import type { Camera } from './scene-types.js';

/** What a placed device draws as, and the word naming it (a key of the scene words' `plain`). */
const PLACED: ReadonlyMap<string, Word> = new Map([
  ['drain', 'drain'],
  ['across-drain', 'drain'],
  ['stent', 'stent'],
  ['stent-delivery', 'stent'],
  // A balloon step is about the balloon (issue 8, round 8): it is named first too.
  ['balloon-catheter', 'balloon'],
]);
type Word = 'drain' | 'stent' | 'balloon';

const inFrame = ([x, y]: Point, c: Camera) => x > c.x && x < c.x + c.w && y > c.y && y < c.y + c.h;

/**
 * The device a step is about when it places one (issue 8, B1): the first of the step's devices (`focus`, the one it
 * is about first) that is a drain, a stent or a balloon, drawn, with some of its shaft in view; its word's key. Else null.
 */
export function focusDevice(
  devices: readonly DeviceState[],
  focus: readonly string[],
  camera: Camera,
): { readonly device: DeviceState; readonly word: Word } | null {
  for (const id of focus) {
    const device = devices.find((d) => d.id === id);
    const word = device && PLACED.get(drawsAs(device.kind));
    // A device drawn nowhere (a drain pulled all the way out, its tip back at its tail) is no longer the subject.
    if (!device || !word || device.opacity < 0.5 || device.route.length < 2 || device.tip - device.tail < 1) continue;
    const shaft = [0.2, 0.5, 0.8].map((k) => pointAtLength(device.route, device.tail + k * (device.tip - device.tail)));
    if (shaft.some((p) => inFrame(p.point, camera))) return { device, word };
  }
  return null;
}
