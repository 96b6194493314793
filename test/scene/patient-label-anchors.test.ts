import { expect } from '@open-wc/testing';
import { runs, sweepSteps, type Look } from './label-sweep.js';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distanceToPolyline } from '../../src/model/geometry.js';
import type { Scene } from '../../src/scene/scene-types.js';
/** The parts that make a device visible. */
const SOLID = new Set(['metal', 'wire', 'casing', 'stent-wire', 'stent-body', 'plastic', 'balloon', 'probe']);
/** What reads as another device under a leader's end: a wire runs inside every catheter, so it does not count. */
const BULKY = new Set(['metal', 'casing', 'stent-wire', 'stent-body', 'plastic', 'balloon', 'probe']);
/** Screen px a device label's leader end may lie from its own device, and must keep from every other one. */
const ON = 4;
const OFF = 6;

// Filled parts (a probe, a balloon) are asked with the SVG engine itself.
const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
document.body.append(svg);
function fills(d: string, [x, y]: Point): boolean {
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', d);
  svg.append(path);
  const inside = path.isPointInFill(new DOMPoint(x, y));
  path.remove();
  return inside;
}

/** A patient's phone: 360 px wide, the stage taller than wide. */
const PHONE: Look = { width: 360, height: 420, view: 'illustration', audience: 'patient' };

/** What is wrong with one patient frame's labels. */
function misnamed(scene: Scene, what: string, ppu: number): string[] {
  const out: string[] = [];
  for (const l of scene.labels) {
    if (!l.leader) continue;
    const end: Point = [l.leader[2], l.leader[3]];
    const device = l.structureId.startsWith('device-') ? l.structureId.slice('device-'.length) : null;
    if (device) {
      const near = (p: Scene['devices'][number], px: number) =>
        (p.width === 0 && fills(p.d, end)) ||
        runs(p.d).some((r) => distanceToPolyline(end, r) * ppu < px + (p.width * ppu) / 2);
      const mine = scene.devices.some((p) => p.deviceId === device && SOLID.has(p.part) && near(p, ON));
      if (!mine) out.push(`${what}: "${l.text}" off its device`);
      // A second stent of a pair is called the same: either is right.
      const same = (id: string) => id.replace(/-\d+$/, '') === device.replace(/-\d+$/, '');
      const other = scene.devices.find((p) => !same(p.deviceId) && BULKY.has(p.part) && near(p, OFF));
      if (other) out.push(`${what}: "${l.text}" ends by ${other.deviceId}`);
      continue;
    }
    // A structure the step fades is only an outline: a patient cannot see what the word names.
    const own = scene.paths.filter((p) => p.structureId === l.structureId);
    if (own.length && own.every((p) => p.emphasis === 'faded')) out.push(`${what}: "${l.text}" names a faded outline`);
  }
  return out;
}

describe('issue 8: a patient label names what the patient can see', () => {
  it('every step of every suitable procedure × case: no faded structure; a device word on its own device', function () {
    this.timeout(300000);
    const failures = sweepSteps([PHONE], (f) => misnamed(f.scene, f.what, f.ppu));
    expect(failures.slice(0, 40), `${failures.length} failures`).to.deep.equal([]);
  });
});
