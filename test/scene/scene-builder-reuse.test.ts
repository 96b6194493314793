import { expect } from '@open-wc/testing';
import { buildScene, SceneBuilder } from '../../src/scene/build-scene.js';
import { inputAt, loadProcedure } from '../render/scene-fixture.js';

describe('scene builder: what holds still is kept', () => {
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
});
