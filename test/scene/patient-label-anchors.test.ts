import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { bundledObstructions, obstructionCase } from '../../src/model/bundled-obstructions.js';
import { caseAnatomy } from '../../src/model/case-anatomy.js';
import { checkSuitability } from '../../src/model/check-suitability.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { distanceToPolyline } from '../../src/model/geometry.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor, type ElementView } from '../../src/scene/scene-input.js';
import type { Scene } from '../../src/scene/scene-types.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
/** The parts that make a device visible. */
const SOLID = new Set(['metal', 'wire', 'casing', 'stent-wire', 'stent-body', 'plastic', 'balloon', 'probe']);
/** What reads as another device under a leader's end: a wire runs inside every catheter, so it does not count. */
const BULKY = new Set(['metal', 'casing', 'stent-wire', 'stent-body', 'plastic', 'balloon', 'probe']);
/** Screen px a device label's leader end may lie from its own device, and must keep from every other one. */
const ON = 4;
const OFF = 6;

/** The polylines of an SVG path's M/L runs (a curve command ends a run). */
function runs(d: string): Point[][] {
  const out: Point[][] = [];
  for (const m of d.matchAll(/([ML])\s*(-?[\d.]+)[ ,](-?[\d.]+)|[A-Za-z]/g)) {
    if (m[1] === 'M' || !m[1]) out.push([]);
    if (m[1]) out.at(-1)!.push([Number(m[2]), Number(m[3])]);
  }
  return out.filter((r) => r.length > 1);
}

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
const PHONE: ElementView = {
  size: { width: 360, height: 420 },
  labels: true,
  active: null,
  view: 'illustration',
  audience: 'patient',
  userView: { k: 1, dx: 0, dy: 0 },
  camera: 'overview',
  ducts: 'normal',
};

/** What is wrong with one patient frame's labels. */
function misnamed(scene: Scene, what: string): string[] {
  const out: string[] = [];
  const ppu = Math.min(PHONE.size.width / scene.camera.w, PHONE.size.height / scene.camera.h);
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
    const failures: string[] = [];
    const cases = [undefined, ...bundledObstructions().cases.map((c) => c.id)];
    for (const name of Object.keys(BUNDLED_PROCEDURES)) {
      const procedure = parseProcedure(BUNDLED_PROCEDURES[name], anatomy, name);
      for (const obstruction of cases) {
        if (obstruction && checkSuitability(procedure, obstruction)) continue;
        const a = obstruction ? caseAnatomy(anatomy, obstructionCase(obstruction)) : anatomy;
        const timeline = compileTimeline(procedure, anatomy, {
          approach: 'right',
          ...(obstruction ? { obstruction } : {}),
        });
        timeline.steps.forEach((step, index) => {
          const moment = sampleTimeline(timeline, stepEndTime(timeline, index));
          const scene = buildScene(a, sceneInputFor(PHONE, moment));
          failures.push(...misnamed(scene, `${name}/${obstruction ?? 'default'}/${step.id}`));
        });
      }
    }
    expect(failures.slice(0, 40), `${failures.length} failures`).to.deep.equal([]);
  });
});
