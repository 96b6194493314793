import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distanceToPolyline, insidePolygon } from '../../src/model/geometry.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor } from '../../src/scene/scene-input.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import { elementView, glyphBox, ppuOf, runs, sweptTimelines, type Look } from './label-sweep.js';

const LOOKS: Look[] = [
  { width: 720, view: 'illustration', audience: 'clinician' },
  { width: 1280, height: 800, view: 'illustration', audience: 'clinician' },
  { width: 360, height: 440, view: 'illustration', audience: 'patient' },
];

/** Points along a box's edges and across it, scene units. */
const boxSpots = (b: { x0: number; y0: number; x1: number; y1: number }): Point[] =>
  [0, 0.25, 0.5, 0.75, 1].flatMap((fx) =>
    [0, 0.5, 1].map((fy): Point => [b.x0 + fx * (b.x1 - b.x0), b.y0 + fy * (b.y1 - b.y0)]),
  );

// Review (session 30): on the left access's ultrasound step "Pancreas" stood on the probe's cable, its leader ending
// there, so it read as the cable's name.
describe('an ultrasound probe and its cable', function () {
  this.timeout(300000);
  it("carry no other structure's name or leader, at any step end of any procedure, case and side that shows them", () => {
    let frames = 0;
    const found: string[] = [];
    for (const t of sweptTimelines()) {
      t.timeline.steps.forEach((step, index) => {
        const moment = sampleTimeline(t.timeline, stepEndTime(t.timeline, index));
        for (const look of LOOKS) {
          const view = elementView(look);
          const scene = buildScene(t.anatomy, sceneInputFor(view, moment));
          const parts = scene.devices.filter((p) => p.part === 'probe' || p.part === 'cable');
          if (!parts.length) continue;
          frames++;
          const ppu = ppuOf(scene, look.width, view.size.height);
          const probe = parts.filter((p) => p.part === 'probe').flatMap((p) => runs(p.d));
          const cables = parts.filter((p) => p.part === 'cable');
          const cable = cables.flatMap((p) => runs(p.d));
          // The cable's drawn half width, and a screen pixel beyond it.
          const reach = Math.max(0, ...cables.map((p) => p.width / 2)) + 1 / ppu;
          const on = (p: Point) =>
            probe.some((o) => insidePolygon(p, o)) || cable.some((c) => distanceToPolyline(p, c) < reach);
          const own = new Set(parts.map((p) => `device-${p.deviceId}`));
          for (const l of scene.labels) {
            if (own.has(l.structureId)) continue;
            const end: Point | null = l.leader ? [l.leader[2], l.leader[3]] : null;
            const what = `${t.name}/${t.obstruction ?? 'default'}/${t.approach}/${step.id} ${look.audience} ${look.width}`;
            if (boxSpots(glyphBox(l)).some(on)) found.push(`${what}: "${l.text}" on the probe`);
            if (end && on(end)) found.push(`${what}: "${l.text}"'s leader ends on the probe`);
          }
        }
      });
    }
    expect(frames, 'frames with a probe').to.be.greaterThan(5);
    expect(found.slice(0, 10), `${found.length} names on a probe`).to.deep.equal([]);
  });
});
