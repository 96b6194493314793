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
