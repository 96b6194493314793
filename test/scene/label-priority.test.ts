import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { drawsAs } from '../../src/model/device-specs.js';
import { distanceToPolyline, pointAtLength, slicePolyline } from '../../src/model/geometry.js';
import { lesionLabel } from '../../src/scene/lesion-label.js';
import type { Camera } from '../../src/scene/scene-types.js';
import { sweepSteps, type Look, type SweptFrame } from './label-sweep.js';

/** The phone: a label budget of 4 (the smallest), both audiences. */
const PHONE: Look[] = [
  { width: 360, view: 'illustration', audience: 'clinician' },
  { width: 360, view: 'fluoroscopy', audience: 'clinician' },
  { width: 360, view: 'illustration', audience: 'patient' },
];

/** What a patient is shown a word for (a clinician: the stent only, the other devices being named in the text). */
const PATIENT_DEVICES = new Set(['stent', 'balloon-catheter', 'across-drain', 'drain', 'needle']);

/** Whether a point lies in the middle 70 % of the frame: on screen with room around it for a label. */
const central = ([x, y]: Point, c: Camera) =>
  x > c.x + c.w * 0.15 && x < c.x + c.w * 0.85 && y > c.y + c.h * 0.15 && y < c.y + c.h * 0.85;

/** What the step draws that its labels must name, and is missing a label for. */
function unnamed({ scene, anatomy, moment, what, ppu }: SweptFrame, patient: boolean): string[] {
  const out: string[] = [];
  const kinds = patient ? PATIENT_DEVICES : new Set(['stent']);
  const device = moment.devices.find((d) => {
    if (d.opacity < 0.5 || d.route.length < 2 || !kinds.has(drawsAs(d.kind))) return false;
    return central(pointAtLength(d.route, (d.tail + d.tip) / 2).point, scene.camera);
  });
  // A device with another's body alongside (a safety drain beside a stent, the step's own device there) may give up
  // its word: a word there would name the other as well (the patient rule of a word on its own device).
  const alongside =
    !!device &&
    [0.25, 0.5, 0.75].some((f) => {
      const at = pointAtLength(device.route, device.tail + f * (device.tip - device.tail)).point;
      return moment.devices.some(
        (o) =>
          o !== device &&
          o.opacity >= 0.5 &&
          drawsAs(o.kind) !== 'wire' &&
          distanceToPolyline(at, slicePolyline(o.route, o.tail, o.tip)) * ppu < 12,
      );
    });
  if (device && !alongside && !scene.labels.some((l) => l.structureId.startsWith('device-')))
    out.push(`${what}: ${device.id} unnamed (${scene.labels.map((l) => l.text).join(', ')})`);
  // The block, where the drawing shows it (an X-ray names only what the contrast does).
  const lesion = moment.lesions?.[0];
  const at = lesion && scene.view === 'illustration' ? lesionLabel(lesion, anatomy)?.label?.to : undefined;
  if (at && central(at, scene.camera) && !scene.labels.some((l) => l.structureId === 'lesion'))
    out.push(`${what}: the block unnamed (${scene.labels.map((l) => l.text).join(', ')})`);
  return out;
}

describe('issue 8: a phone keeps the labels of what the step is about', () => {
  it('every step of every procedure × case: the step’s device and the block in view are named first', function () {
    this.timeout(300000);
    const failures = PHONE.flatMap((look) => sweepSteps([look], (f) => unnamed(f, look.audience === 'patient')));
    expect(failures.slice(0, 40), `${failures.length} failures`).to.deep.equal([]);
  });
});
