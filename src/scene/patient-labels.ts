import { ENGLISH_WORDS, type SceneWords } from './scene-words.js';
import type { Point, Structure } from '../model/anatomy-schema.js';
import { drawsAs, UNITS_PER_LENGTH_MM } from '../model/device-specs.js';
import { pointAtLength, hypot, distance } from '../model/geometry.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { DeviceState, Lesion } from '../timeline/timeline-types.js';
import { labelAnchor } from './label-anchor.js';
import { lazyDeviceDrawing } from './devices/lazy-devices.js';
import { lesionLabel } from './lesion-label.js';
import type { Camera } from './scene-types.js';
import { focusDevice } from './focus-device.js';
import { deviceLabelId } from './device-label-id.js';

/** What a lay reader calls each kind of device, most telling first: the first one in view is the step's subject. */
const SUBJECTS: readonly (readonly [draws: string, plain: keyof SceneWords['plain']])[] = [
  ['stent', 'stent'],
  ['stent-delivery', 'stent'],
  ['balloon-catheter', 'balloon'],
  ['across-drain', 'drain'],
  ['drain', 'drain'],
  ['needle', 'needle'],
  ['probe', 'scanner'],
  ['pusher', 'tube'],
  ['marker-catheter', 'tube'],
  ['angled-catheter', 'tube'],
  ['catheter', 'tube'],
  ['wire', 'wire'],
];

/**
 * Step labels a patient may also see, after the fixed four, when there is room: everyday words only
 * (no "back right tube", "pancreas tube", rib spaces or segment numbers).
 */
const EVERYDAY = new Set([
  'gallbladder',
  'common-bile-duct',
  'confluence',
  'right-hepatic-duct',
  'left-hepatic-duct',
  'segment-6-duct',
  'segment-3-duct',
  'stomach',
  'lung-base',
  'right-entry',
  'left-entry',
]);

/** Units from a probe's face back into its body (the transducer is about 66 units long). */
const PROBE_BODY = 30;

/** Where bile reaches the gut, most specific first: the jejunal limb a hepaticojejunostomy drains into. */
const GUTS = ['roux-limb', 'duodenum'];

const inFrame = ([x, y]: Point, c: Camera) => x > c.x && x < c.x + c.w && y > c.y && y < c.y + c.h;

/**
 * A patient's labels (audience="patient"), in a fixed order a lay reader can follow: what the step is
 * about (the needle, drain, stent or balloon), the blockage ("lump", "narrow scar" or "blockage"), the liver, the gut;
 * then the step's own everyday labels while there is room. Only what is in view; at most `budget`.
 */
export function patientLabels(
  anatomy: Anatomy,
  camera: Camera,
  devices: readonly DeviceState[],
  lesions: readonly Lesion[],
  stepLabels: readonly string[],
  budget: number,
  words: SceneWords = ENGLISH_WORDS,
  /** Whether the step draws a structure in full (not hidden, not faded); default: all are. */
  drawn: (s: Structure) => boolean = () => true,
  /** The devices the step works with, the one it is about first: a drain or stent among them is the subject. */
  focus: readonly string[] = [],
): Structure[] {
  const shown = (s: Structure | null | undefined): s is Structure => {
    const at = s && labelAnchor(s, camera);
    return !!at && inFrame(at, camera);
  };
  const placed = focusDevice(devices, focus, camera);
  const subject = placed ? deviceLabel([placed.device], camera, words) : deviceLabel(devices, camera, words);
  const block = lesions[0] ? lesionLabel(lesions[0], anatomy, false, words.lesions) : null;
  // A benign ring of scar is a "narrow scar": "blockage" next to "lump" in other cases may suggest cancer.
  const kind = lesions[0]?.kind;
  const plainName =
    kind === 'mass' ? words.plain.lump : kind === 'ring' ? words.lesions.ring.plain : words.plain.blockage;
  const plainBlock = block && { ...block, plainName };
  // The gut the bile reaches (a jejunal limb after a hepaticojejunostomy), only when the step shows it: a faded
  // outline under a leader reads as whatever is drawn there (a bile duct, the gallbladder).
  const gut = GUTS.map((id) => anatomy.byId.get(id)).find((s) => s && drawn(s));
  const fixed = [subject, plainBlock, anatomy.byId.get('liver'), gut];
  const extra = stepLabels.filter((id) => EVERYDAY.has(id)).map((id) => anatomy.byId.get(id));
  const out: Structure[] = [];
  for (const s of [...fixed, ...extra]) {
    if (out.length < budget && shown(s) && !out.some((o) => o.id === s.id)) out.push(s);
  }
  return out;
}

/**
 * A label-only stand-in for the step's main device, its leader on the working end; `only` keeps to one drawn kind
 * (a clinician's "Stent"), named `name` (default: the patient's word).
 */
export function deviceLabel(
  devices: readonly DeviceState[],
  camera: Camera,
  words: SceneWords,
  only?: string,
  name?: string,
): Structure | null {
  for (const [draws, key] of SUBJECTS) {
    if (only && draws !== only) continue;
    const plain = name ?? words.plain[key];
    for (const d of devices) {
      if (d.opacity < 0.5 || d.route.length < 2 || d.tip - d.tail < 1 || drawsAs(d.kind) !== draws) continue;
      const to = deviceSpots(d).find((p) => inFrame(p, camera));
      if (!to) continue;
      return {
        id: deviceLabelId(d.id),
        kind: 'landmark',
        layer: 'markers',
        tone: 'reference',
        name: plain,
        plainName: plain,
        description: plain,
        sources: [],
        label: { x: Number.NaN, y: Number.NaN, align: 'start', to, priority: 1 },
        shape: { type: 'point', at: to },
      };
    }
  }
  return null;
}

/** Arc lengths (units) back from a device's working end where its word may also point, nearest first. */
const BACK = [20, 40, 60, 90];
/** Units back from a pigtail drain's tip to its word's point: on the shaft, behind the tip marker (4 units back). */
const SHAFT_BACK = 18;
/** Units (3 mm) a device's word's point keeps from its tip marker, 4 units back from the tip. */
const MARKER_CLEAR = 3 * UNITS_PER_LENGTH_MM;
/** Units back from a balloon catheter's tip to its word's point: on the balloon (it starts 4 units back). */
const BALLOON_BACK = 16;
/** Arc lengths back from a balloon catheter's tip, past its 3 cm balloon, where its word may point last. */
const BALLOON_SHAFT = [110, 130];
/** Drains drawn with a pigtail loop beyond the tip. */
const PIGTAILS = new Set(['drain', 'across-drain']);

/**
 * Where a stent's drawn mesh starts, arc length: its geometry comes with its drawing (a chunk the element loads before
 * it shows a stent); before that, no stent is drawn and its route's tail stands in.
 */
const stentFrom = (d: DeviceState): number => lazyDeviceDrawing()?.stentEnds(d)[0] ?? d.tail;

/**
 * Where a device's word may point, best first: its working point, then other points of its drawn length (a stent's
 * mesh toward both ends, anything else back from its tip), so a block or another word at the first keeps it named.
 */
export function deviceSpots(d: DeviceState): Point[] {
  const draws = drawsAs(d.kind);
  const first = workingPoint(d, draws);
  if (draws === 'stent') {
    const [from, to] = [stentFrom(d), d.tip];
    return [first, ...[0.25, 0.75, 0.12, 0.88].map((f) => pointAtLength(d.route, from + f * (to - from)).point)];
  }
  // A balloon straddles the block, under its name: its word may also point at the catheter behind it.
  const back = PIGTAILS.has(draws)
    ? BACK.map((b) => b + SHAFT_BACK)
    : draws === 'balloon-catheter'
      ? [...BACK, ...BALLOON_SHAFT]
      : BACK;
  // A course that doubles back (a balloon catheter turned up through an anastomosis) brings a point far back along
  // it beside the tip marker again: such a point would name the tip, not the device.
  const marker = pointAtLength(d.route, d.tip - 4).point;
  const offMarker = (p: Point) => distance(p, marker) >= MARKER_CLEAR;
  return [
    first,
    ...back
      .filter((b) => d.tip - b > d.tail)
      .map((b) => pointAtLength(d.route, d.tip - b).point)
      .filter(offMarker),
  ];
}

/**
 * Where a device's word points: a stent a quarter of the way down its drawn mesh (a braided stent shortens toward
 * its tip), in its wide upper margin and clear of the stricture's own leader at the block's middle,
 * a scanner at its body behind the face on the skin, a drain at its shaft behind the tip marker and the loop, a
 * balloon on the balloon,
 * anything else at its tip, where the work happens.
 */
function workingPoint(d: DeviceState, draws: string): Point {
  if (draws === 'stent') return pointAtLength(d.route, (3 * stentFrom(d) + d.tip) / 4).point;
  if (draws === 'probe') {
    const [[x0, y0], [x1, y1]] = [d.route[0]!, d.route.at(-1)!];
    const len = hypot(x1 - x0, y1 - y0) || 1;
    return [x0 - ((x1 - x0) / len) * PROBE_BODY, y0 - ((y1 - y0) / len) * PROBE_BODY];
  }
  // A drain's tip carries the marker and the loop: its word points at the shaft behind them. A balloon's work is
  // done by the balloon behind the tip: its word points at the balloon's distal part, off the tip and the waist.
  const back = PIGTAILS.has(draws) ? SHAFT_BACK : draws === 'balloon-catheter' ? BALLOON_BACK : 6;
  return pointAtLength(d.route, Math.max(d.tail, d.tip - back)).point;
}
