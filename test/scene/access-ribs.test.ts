import { expect } from '@open-wc/testing';
import { anatomy, polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

const point = (id: string) => {
  const shape = anatomy.byId.get(id)!.shape;
  if (shape.type !== 'point') throw new Error(`${id} is not a point`);
  return shape.at;
};

describe('right access: the needle and the ribs', () => {
  const timeline = timelineOf('ptcd', { approach: 'right' });
  for (const step of ['right-puncture', 'right-find-duct'])
    it(`${step}: no solid rib band lies on the needle track past the skin, and T12 is in frame`, () => {
      const state = stateAt(timeline, step, 1);
      const scene = sceneOf(state);
      const [entry, target] = [point('right-entry'), point('right-target')];
      const canvas = new OffscreenCanvas(1, 1).getContext('2d')!;
      const solid = scene.paths.filter((p) => p.paint === 'band' && p.tone === 'bone' && !p.dashed);
      const crossed = scene.paths.filter((p) => p.paint === 'band' && p.tone === 'bone' && p.dashed);
      expect(crossed.length, 'the crossed arcs are drawn dashed').to.be.greaterThan(0);
      const length = Math.hypot(target[0] - entry[0], target[1] - entry[1]);
      for (let s = 16; s <= length; s += 2) {
        const [x, y] = [
          entry[0] + ((target[0] - entry[0]) * s) / length,
          entry[1] + ((target[1] - entry[1]) * s) / length,
        ];
        for (const p of solid)
          expect(canvas.isPointInPath(new Path2D(p.d), x, y), `${p.id} at ${x},${y}`).to.equal(false);
      }
      const { x, y, w, h } = state.camera;
      const t12 = point('t12-aim');
      expect(x + w, 'the camera reaches the midline of T12').to.be.at.least(t12[0]);
      expect(t12[1]).to.be.within(y, y + h);
    });
});

describe('ribs in the illustration', () => {
  it('cut away around the needle track leave no loose stub: every solid piece is longer than about two rib widths', () => {
    for (const approach of ['right', 'left'] as const) {
      const timeline = timelineOf('ptcd', { approach });
      for (const step of timeline.steps) {
        const scene = sceneOf(stateAt(timeline, step.id, 1));
        for (const p of scene.paths.filter((x) => x.paint === 'band' && x.tone === 'bone' && !x.dashed)) {
          const pts = polylines(p.d).flat();
          const xs = pts.map((q) => q[0]);
          const ys = pts.map((q) => q[1]);
          const span = Math.hypot(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
          expect(span, `${step.id}: ${p.id}`).to.be.greaterThan(56);
        }
      }
    }
  });
});
