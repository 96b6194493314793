import { expect } from '@open-wc/testing';
import { distanceToPolyline } from '../../src/model/geometry.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { deviceLines } from '../../src/scene/device-lines.js';
import { sceneInputFor } from '../../src/scene/scene-input.js';
import type { Scene } from '../../src/scene/scene-types.js';
import { sampleTimeline } from '../../src/timeline/sample-timeline.js';
import { elementView, glyphBox, ppuOf, sweptTimelines, type Look } from './label-sweep.js';

/**
 * Played frame by frame, a device's word follows it while the other names stand (issue 9: placing every name again
 * each time the word moved made a long frame of each frame of a fast move). Whatever the layout keeps from the
 * frame before, each frame must still read as one laid out afresh would: the word on its device, no names on
 * each other, and the device named wherever a fresh layout names it.
 */
const LOOK: Look = { width: 720, height: 700, view: 'illustration', audience: 'clinician' };
/** The element's frame interval at 60 Hz, ms. */
const FRAME_MS = 16;
/** Every this many frames, the played frame is compared with one laid out with no history. */
const FRESH_EVERY = 20;
/**
 * Frames (a quarter second) within which a played frame gives a name a fresh layout gives: a name left out for want
 * of room is tried again as the devices move on, every 5 mm or quarter opening, not each frame.
 */
const LATE_FRAMES = 16;
/** Screen px a device word's leader end may lie beyond its device's drawn edge (a stent's word ends by its mesh). */
const ON_DEVICE_PX = 2;

/** What is wrong with one played frame. */
function faults(scene: Scene, what: string): string[] {
  const ppu = ppuOf(scene, LOOK.width, LOOK.height!);
  const out: string[] = [];
  for (const l of scene.labels.filter((l) => l.structureId.startsWith('device-') && l.leader)) {
    const parts = scene.devices.filter((p) => `device-${p.deviceId}` === l.structureId);
    const end: [number, number] = [l.leader![2], l.leader![3]];
    const off = Math.min(
      ...parts.flatMap((p) => deviceLines([p]).map((line) => distanceToPolyline(end, line) - p.width / 2)),
    );
    if (off * ppu > ON_DEVICE_PX) out.push(`${what}: "${l.text}" points ${(off * ppu).toFixed(1)} px off its device`);
  }
  const names = scene.labels.filter((l) => l.kind !== 'numeral');
  const boxes = names.map((l) => glyphBox(l));
  boxes.forEach((a, i) =>
    boxes.forEach((b, j) => {
      if (j > i && a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1)
        out.push(`${what}: "${names[i]!.text}" lies on "${names[j]!.text}"`);
    }),
  );
  return out;
}

/** The names a frame gives (numerals aside). */
const names = (scene: Scene) => new Set(scene.labels.filter((l) => l.kind !== 'numeral').map((l) => l.text));

for (const name of ['ptcd', 'stent']) {
  describe(`${name} played frame by frame`, function () {
    this.timeout(300_000);
    it('keeps each device word on its device, no name on another, and soon gives every name a fresh layout gives', function () {
      const played = sweptTimelines().find((t) => t.name === name && !t.obstruction && t.approach === 'right')!;
      const out: string[] = [];
      let frames = 0;
      for (const step of played.timeline.steps) {
        // Names a fresh layout gave that the played frames have not given since.
        let waiting: { word: string; what: string; since: number }[] = [];
        for (let at = step.start, i = 0; at <= step.end; at += FRAME_MS, i++) {
          const moment = sampleTimeline(played.timeline, at);
          const scene = buildScene(played.anatomy, sceneInputFor(elementView(LOOK), moment));
          const what = `${step.id} at ${Math.round(at - step.start)} ms`;
          out.push(...faults(scene, what));
          frames++;
          const given = names(scene);
          waiting = waiting.filter((w) => !given.has(w.word));
          for (const w of waiting.filter((w) => frames - w.since === LATE_FRAMES))
            out.push(`${w.what}: "${w.word}" not named ${LATE_FRAMES} frames on`);
          if (i % FRESH_EVERY !== FRESH_EVERY / 2) continue;
          // A copy of the anatomy shares none of its caches: its layout is placed from nothing.
          const fresh = buildScene({ ...played.anatomy }, sceneInputFor(elementView(LOOK), moment));
          out.push(...faults(fresh, `${what}, laid out afresh`));
          for (const word of names(fresh)) if (!given.has(word)) waiting.push({ word, what, since: frames });
        }
        for (const w of waiting.filter((w) => frames - w.since < LATE_FRAMES))
          out.push(`${w.what}: "${w.word}" not named by the end of the step`);
      }
      expect(frames).to.be.greaterThan(1000);
      expect(out).to.deep.equal([]);
    });
  });
}
