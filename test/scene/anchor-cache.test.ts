import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distanceToPolyline } from '../../src/model/geometry.js';
import { anchorFinder, OFF_DEVICE } from '../../src/scene/anchor-finder.js';
import { SceneBuilder } from '../../src/scene/build-scene.js';
import { deviceLines } from '../../src/scene/device-lines.js';
import { sceneFrame } from '../../src/scene/scene-frame.js';
import { inputAt, loadProcedure } from '../render/scene-fixture.js';

/**
 * Where a name's leader may end is kept per structure and the device lines near it (issue 9: a stent moving in the
 * bile duct sent the liver's and the gallbladder's ends to be sought again every frame). What is kept must be what a
 * first look finds: played frame by frame on one anatomy, every structure's ends equal those found on a fresh copy
 * of the anatomy, which has kept nothing.
 */
function anchorsAt(loaded: ReturnType<typeof loadProcedure>, t: number, builder = new SceneBuilder()) {
  const input = inputAt(loaded, t);
  const { anatomy } = loaded;
  const scene = builder.build(anatomy, input);
  const lines = scene.devices.flatMap((p) => deviceLines([p]).map((line) => ({ line, pad: p.width / 2 })));
  const frame = sceneFrame(anatomy, input);
  const find = anchorFinder(anatomy, input, frame, lines, null);
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return new Map(
    frame.visible.flatMap((s) => {
      const found = find(s);
      return found ? [[s.id, found.map(([x, y]) => [round(x), round(y)])] as const] : [];
    }),
  );
}

describe('kept leader ends', () => {
  for (const procedure of ['stent', 'ptcd']) {
    it(`${procedure}: ends kept over a whole play equal a first look`, () => {
      const played = loadProcedure(procedure);
      const builder = new SceneBuilder();
      const duration = played.timeline!.duration;
      let compared = 0;
      let moved = 0;
      let last: Map<string, unknown> | undefined;
      for (let frame = 0, t = 0; t <= duration; frame++, t = frame * 80) {
        const kept = anchorsAt(played, t, builder);
        if (last && [...kept].some(([id, v]) => JSON.stringify(v) !== JSON.stringify(last!.get(id)))) moved++;
        last = kept;
        if (frame % 25) continue;
        const fresh = anchorsAt(loadProcedure(procedure), t);
        expect([...kept.keys()], `t ${t}`).to.deep.equal([...fresh.keys()]);
        for (const [id, ends] of fresh) expect(kept.get(id), `${id} at t ${t}`).to.deep.equal(ends);
        compared++;
      }
      expect(compared).to.be.greaterThan(10);
      // The ends do move with the devices: the comparison is not between two empty plays.
      expect(moved).to.be.greaterThan(10);
    });
  }

  it('a device laid across a structure moves its ends, and one far off does not', () => {
    const loaded = loadProcedure('ptcd');
    const input = inputAt(loaded, 0);
    const { anatomy } = loaded;
    const frame = sceneFrame(anatomy, input);
    const bare = anchorFinder(anatomy, input, frame, [], null);
    const named = frame.visible.filter((s) => bare(s)?.length);
    expect(named.length).to.be.greaterThan(5);
    const far = {
      line: [
        [-5000, -5000],
        [-4900, -5000],
      ] as Point[],
      pad: 2,
    };
    for (const s of named) {
      const [x, y] = bare(s)![0]!;
      const across = {
        line: [
          [x - 30, y],
          [x + 30, y],
        ] as Point[],
        pad: 2,
      };
      // Asked in the same frame and room, after the bare ends were kept.
      const ends = anchorFinder(anatomy, input, frame, [across], null)(s)!;
      const fresh = loadProcedure('ptcd');
      const first = anchorFinder(
        fresh.anatomy,
        input,
        sceneFrame(fresh.anatomy, input),
        [across],
        null,
      )(fresh.anatomy.byId.get(s.id)!)!;
      expect(ends, s.id).to.deep.equal(first);
      for (const p of ends) expect(distanceToPolyline(p, across.line) - 2, s.id).to.be.at.least(OFF_DEVICE - 1e-9);
      expect(anchorFinder(anatomy, input, frame, [far], null)(s), s.id).to.deep.equal(bare(s));
    }
  });
});
