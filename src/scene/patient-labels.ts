import { ENGLISH_WORDS, type SceneWords } from './scene-words.js';
import type { Point, Structure } from '../model/anatomy-schema.js';
import { drawsAs } from '../model/device-specs.js';
import { pointAtLength } from '../model/geometry.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { DeviceState, Lesion } from '../timeline/timeline-types.js';
import { labelAnchor } from './label-anchor.js';
import { lesionLabel } from './lesion-label.js';
import type { Camera } from './scene-types.js';

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

const inFrame = ([x, y]: Point, c: Camera) => x > c.x && x < c.x + c.w && y > c.y && y < c.y + c.h;

/**
 * A patient's labels (audience="patient"), in a fixed order a lay reader can follow: what the step is
 * about (the needle, drain, stent or balloon), the blockage ("lump" or "blockage"), the liver, the gut;
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
): Structure[] {
  const shown = (s: Structure | null | undefined): s is Structure => {
    const at = s && labelAnchor(s, camera);
    return !!at && inFrame(at, camera);
  };
  const subject = deviceLabel(devices, camera, words);
  const block = lesions[0] ? lesionLabel(lesions[0], anatomy, false, words.lesions) : null;
  const plainBlock = block && { ...block, plainName: words.plain[lesions[0]!.kind === 'mass' ? 'lump' : 'blockage'] };
  const gut = anatomy.byId.get('duodenum') ?? anatomy.byId.get('roux-limb');
  const fixed = [subject, plainBlock, anatomy.byId.get('liver'), gut];
  const extra = stepLabels.filter((id) => EVERYDAY.has(id)).map((id) => anatomy.byId.get(id));
  const out: Structure[] = [];
  for (const s of [...fixed, ...extra]) {
    if (out.length < budget && shown(s) && !out.some((o) => o.id === s.id)) out.push(s);
  }
  return out;
}

/** A label-only stand-in for the step's main device, its leader on the working end. */
function deviceLabel(devices: readonly DeviceState[], camera: Camera, words: SceneWords): Structure | null {
  for (const [draws, key] of SUBJECTS) {
    const plain = words.plain[key];
    for (const d of devices) {
      if (d.opacity < 0.5 || d.route.length < 2 || drawsAs(d.kind) !== draws) continue;
      // A stent is named at its middle; everything else at its tip, where the work happens.
      const along = draws === 'stent' ? (d.tail + d.tip) / 2 : Math.max(d.tail, d.tip - 6);
      const to = pointAtLength(d.route, along).point;
      if (!inFrame(to, camera)) continue;
      return {
        id: `device-${d.id}`,
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
