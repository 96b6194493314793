import { expect } from '@open-wc/testing';
import { buildScene, SceneBuilder } from '../../src/scene/build-scene.js';
import { inputAt, loadProcedure } from '../render/scene-fixture.js';
import type { SceneInput } from '../../src/scene/build-scene.js';
import { momentDevices } from '../../src/scene/moment-devices.js';
import { sceneFrame } from '../../src/scene/scene-frame.js';

describe('scene builder: what holds still is kept', () => {
  it('a moment built ahead pauses between its phases and gives the scene a build gives', () => {
    const loaded = loadProcedure('ptcd');
    for (const step of loaded.timeline!.steps) {
      const input = inputAt(loaded, step.start + 0.01);
      const phases = new SceneBuilder().phases(loaded.anatomy, input);
      let pauses = 0;
      let next = phases.next();
      for (; !next.done; next = phases.next()) pauses++;
      // The anatomy's shapes, the contrast, then the rest.
      expect(pauses, step.id).to.equal(2);
      const fresh = buildScene(loaded.anatomy, input);
      for (const part of ['paths', 'clips', 'overlays', 'devices', 'labels'] as const)
        expect(next.value[part], `${step.id}: ${part}`).to.deep.equal(fresh[part]);
    }
  });

  it('a still moment gives back the same devices, equal to a fresh build', () => {
    const loaded = loadProcedure('stent');
    const t = loaded.timeline!.steps[3]!.end;
    const builder = new SceneBuilder();
    const first = builder.build(loaded.anatomy, inputAt(loaded, t));
    const again = builder.build(loaded.anatomy, inputAt(loaded, t));
    expect(again.devices).to.equal(first.devices);
    const fresh = buildScene(loaded.anatomy, inputAt(loaded, t));
    expect(again.devices).to.deep.equal(fresh.devices);
    expect(again.overlays).to.deep.equal(fresh.overlays);
  });

  it('while one device moves, the parts of the others are kept and the picture equals a fresh build', () => {
    const loaded = loadProcedure('ptcd');
    const timeline = loaded.timeline!;
    const builder = new SceneBuilder();
    let kept = 0;
    let previous = new Map<string, object>();
    for (let i = 0; i <= 120; i++) {
      const t = (timeline.duration * i) / 120;
      const scene = builder.build(loaded.anatomy, inputAt(loaded, t));
      expect(scene.devices, `at ${Math.round(t)} ms`).to.deep.equal(
        buildScene(loaded.anatomy, inputAt(loaded, t)).devices,
      );
      const now = new Map(scene.devices.map((p) => [`${p.id}|${p.part}`, p] as const));
      for (const [key, part] of now) if (previous.get(key) === part) kept++;
      previous = now;
    }
    expect(kept, 'parts handed on from the frame before').to.be.above(0);
  });

  it('a releasing stent draws the same from widths kept since earlier frames as from none, while its lesion opens', () => {
    const loaded = loadProcedure('stent');
    const step = loaded.timeline!.steps.find((s) => s.id === 'deploy')!;
    const builder = new SceneBuilder();
    const stent = (p: { part: string; deviceId?: string }) => p.deviceId === 'stent';
    let compared = 0;
    for (let i = 0; i <= 40; i++) {
      const t = step.start + ((step.end - step.start) * i) / 40;
      const input = inputAt(loaded, t);
      const kept = builder.build(loaded.anatomy, input).devices.filter(stent);
      // The builder's context carries its shape key, so the stent's widths are kept under it; this one's has none.
      const frame = sceneFrame(loaded.anatomy, input);
      const unkept = momentDevices(input.moment!, frame.ppu, { anatomy: loaded.anatomy, ...frame }).filter(stent);
      expect(kept, `at ${Math.round(t)} ms`).to.deep.equal(unkept);
      compared += kept.length;
    }
    expect(compared, 'stent parts compared').to.be.above(40);
    // The same moment over ducts of another calibre: what was kept for the dilated ducts is not handed on.
    const mid = inputAt(loaded, (step.start + step.end) / 2);
    for (const input of [mid, { ...mid, dilation: {}, defaultDilation: 0 }]) {
      const kept = builder.build(loaded.anatomy, input).devices.filter(stent);
      const frame = sceneFrame(loaded.anatomy, input);
      const unkept = momentDevices(input.moment!, frame.ppu, { anatomy: loaded.anatomy, ...frame }).filter(stent);
      expect(kept, `dilation ${input.defaultDilation}`).to.deep.equal(unkept);
    }
  });

  it('a still moment gives back the same overlays, and contrast equal to a fresh build while it fills', () => {
    const loaded = loadProcedure('ptcd');
    const step = loaded.timeline!.steps.find((s) => /cholangio/i.test(s.id)) ?? loaded.timeline!.steps[2]!;
    const builder = new SceneBuilder();
    const still = builder.build(loaded.anatomy, inputAt(loaded, step.end));
    expect(builder.build(loaded.anatomy, inputAt(loaded, step.end)).overlays).to.equal(still.overlays);
    for (let i = 0; i <= 20; i++) {
      const t = step.start + ((step.end - step.start) * i) / 20;
      expect(builder.build(loaded.anatomy, inputAt(loaded, t)).overlays, `at ${Math.round(t)} ms`).to.deep.equal(
        buildScene(loaded.anatomy, inputAt(loaded, t)).overlays,
      );
    }
  });

  it('a decompressing system rebuilds the anatomy once per 1/64 of its calibre change, not every frame', () => {
    const loaded = loadProcedure('ptcd');
    const timeline = loaded.timeline!;
    const builder = new SceneBuilder();
    let rebuilt = 0;
    let frames = 0;
    let last: { base: object; input: SceneInput } | undefined;
    for (let t = 0; t < timeline.duration; t += 16) {
      const input = inputAt(loaded, t);
      const base = builder.build(loaded.anatomy, input).base;
      // Only frames where the calibre alone moved: the camera, the step and the scale held.
      const calibreOnly =
        last &&
        JSON.stringify(input.dilation) !== JSON.stringify(last.input.dilation) &&
        JSON.stringify({ ...input, dilation: 0, distension: 0, moment: 0 }) ===
          JSON.stringify({ ...last.input, dilation: 0, distension: 0, moment: 0 }) &&
        input.moment?.framing === last.input.moment?.framing;
      if (calibreOnly) {
        frames++;
        if (base !== last!.base) rebuilt++;
      }
      last = { base, input };
    }
    expect(frames, 'frames where only the calibre moved').to.be.above(100);
    // The ducts decompress together: at most one rebuild per 1/64 of the change, far fewer than frames.
    expect(rebuilt, 'anatomy rebuilds while the calibre moves').to.be.at.most(Math.min(64 * 2, frames / 2));
  });
});
