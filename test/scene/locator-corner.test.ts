import { expect } from '@open-wc/testing';
import { buildScene } from '../../src/scene/build-scene.js';
import { locatorBox } from '../../src/scene/scene-locator.js';
import { sceneInputFor } from '../../src/scene/scene-input.js';
import type { Scene } from '../../src/scene/scene-types.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import { elementView, sweptTimelines, type Look } from './label-sweep.js';

type Box = { x0: number; y0: number; x1: number; y1: number };

/** A phone, a course page, and the projector's stage beside the caption at 1920 × 1080, and a full 1920. */
const LOOKS: readonly Look[] = [
  { width: 360, view: 'illustration', audience: 'clinician' },
  { width: 720, view: 'illustration', audience: 'clinician' },
  { width: 720, view: 'fluoroscopy', audience: 'clinician' },
  { width: 1076, height: 1048, view: 'illustration', audience: 'clinician', labelScale: 1.3 },
  { width: 1920, height: 1080, view: 'illustration', audience: 'clinician', labelScale: 1.3 },
];

/** What is drawn around a device rather than of it: an ultrasound beam, the body wall, the pale halo under tubing. */
const AROUND = new Set(['beam', 'scan-line', 'skin', 'halo']);

const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
svg.appendChild(path);
document.body.appendChild(svg);

const apart = (a: Box, b: Box) => a.x1 < b.x0 || b.x1 < a.x0 || a.y1 < b.y0 || b.y1 < a.y0;

/** The devices the locator's box hides: their outlines (the browser's own geometry) within half a stroke of it. */
function hidden(scene: Scene, box: Box, ppu: number): string[] {
  return scene.devices.flatMap((p) => {
    if (AROUND.has(p.part) || p.opacity <= 0 || !p.d) return [];
    path.setAttribute('d', p.d);
    const r = p.width / 2;
    const near = { x0: box.x0 - r, y0: box.y0 - r, x1: box.x1 + r, y1: box.y1 + r };
    const b = path.getBBox();
    if (apart(near, { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height })) return [];
    const length = path.getTotalLength();
    const step = 2 / ppu;
    for (let s = 0; s <= length; s += step) {
      const { x, y } = path.getPointAtLength(s);
      if (x > near.x0 && x < near.x1 && y > near.y0 && y < near.y1) return [`${p.deviceId} ${p.part}`];
    }
    return [];
  });
}

describe('issue 8: the close-up locator never hides a device', () => {
  it('every step, case and side, clinician 360 to projector 1920: the locator box clears every device', function () {
    this.timeout(600000);
    const failures: string[] = [];
    let checked = 0;
    for (const { name, obstruction, anatomy: a, approach, timeline } of sweptTimelines()) {
      timeline.steps.forEach((step, index) => {
        const moment = sampleTimeline(timeline, stepEndTime(timeline, index));
        for (const look of LOOKS) {
          const e = elementView(look);
          const scene = buildScene(a, sceneInputFor(e, moment));
          const corner = scene.locator?.corner ?? 'top-right';
          const box = locatorBox(scene.camera, e.size, false, corner);
          if (!box || !scene.locator) continue;
          checked++;
          const ppu = Math.min(e.size.width / scene.camera.w, e.size.height / scene.camera.h);
          const under = hidden(scene, box, ppu);
          const what = `${name}/${obstruction ?? 'default'}/${approach}/${step.id} ${look.view} ${look.audience} ${look.width}`;
          if (under.length) failures.push(`${what} (${corner}): ${[...new Set(under)].join(', ')}`);
        }
      });
    }
    expect(checked).to.be.greaterThan(100);
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });
});

/** The structures' drawn outlines the box lies on: points every 2 px along each of their paths, inside the box. */
function covers(scene: Scene, ids: readonly string[], box: Box, ppu: number): string[] {
  return scene.paths.flatMap((p) => {
    if (!ids.includes(p.structureId) || p.emphasis === 'faded') return [];
    path.setAttribute('d', p.d);
    const length = path.getTotalLength();
    for (let s = 0; s <= length; s += 2 / ppu) {
      const { x, y } = path.getPointAtLength(s);
      if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) return [p.structureId];
    }
    return [];
  });
}

describe('the close-up map in a cholecystostomy', () => {
  // Review (session 31): in the last step the map sat on the gallbladder's neck and the cystic duct, what the step is
  // about; the close-ups name the corner to try first (data/cameras.json `locator`).
  it('keeps off the gallbladder and the cystic duct in every step and route, and keeps its corner while the framing holds', () => {
    // A patient's phone stage is 770 : 900 (its torso map is larger, with words under it).
    const looks: readonly Look[] = [
      ...LOOKS,
      { width: 360, height: 421, view: 'illustration', audience: 'patient' },
      { width: 480, height: 561, view: 'illustration', audience: 'patient' },
    ];
    const failures: string[] = [];
    let checked = 0;
    for (const { name, obstruction, anatomy: a, approach, timeline } of sweptTimelines()) {
      if (name !== 'cholecystostomy' || obstruction) continue;
      for (const look of looks) {
        const corners = new Map<string, Set<string>>();
        timeline.steps.forEach((step, index) => {
          const e = elementView(look);
          const scene = buildScene(a, sceneInputFor(e, sampleTimeline(timeline, stepEndTime(timeline, index))));
          if (!scene.locator) return;
          const corner = scene.locator.corner ?? 'top-right';
          const box = locatorBox(scene.camera, e.size, look.audience === 'patient', corner)!;
          const ppu = Math.min(e.size.width / scene.camera.w, e.size.height / scene.camera.h);
          checked++;
          const framing = `${step.camera} ${look.view}`;
          corners.set(framing, (corners.get(framing) ?? new Set()).add(corner));
          const under = covers(scene, ['gallbladder', 'cystic-duct'], box, ppu);
          const what = `${approach}/${step.id} ${look.view} ${look.audience} ${look.width} (${corner})`;
          if (under.length) failures.push(`${what}: ${[...new Set(under)].join(', ')}`);
        });
        for (const [framing, set] of corners)
          if (set.size > 1)
            failures.push(`${approach} ${framing} ${look.audience} ${look.width}: ${[...set].join(', ')}`);
      }
    }
    expect(checked).to.be.greaterThan(60);
    expect(failures, failures.join('\n')).to.deep.equal([]);
  });
});
