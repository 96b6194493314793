import { expect } from '@open-wc/testing';
import { distance } from '../../src/model/geometry.js';
import { anatomy, polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

// Review (session 31): on the right access views the diaphragm's lateral end stopped in a square cut beside the liver,
// read as a drawing artefact. It thins to its slip on the lower ribs: the drawn band at each end is at most a third
// of its width, and as wide as its width in the middle.
describe('the diaphragm ends in thin slips, not square cuts', () => {
  const timeline = timelineOf('ptcd', { approach: 'right' });
  for (const step of ['overview', 'right-entry'])
    it(`${step}: the band's width at both ends is at most a third of its width, full in the middle`, () => {
      const shape = anatomy.byId.get('diaphragm')!.shape;
      if (shape.type !== 'band') throw new Error('the diaphragm is a band');
      const band = sceneOf(stateAt(timeline, step, 1)).paths.find(
        (p) => p.structureId === 'diaphragm' && p.paint === 'band',
      );
      expect(band, 'the diaphragm drawn').to.not.equal(undefined);
      const outline = polylines(band!.d)[0]!;
      // The outline's width across the centreline at point i: how far its points near there lie either side.
      const across = (i: number) => {
        const at = shape.points[i]!;
        const next = shape.points[i === shape.points.length - 1 ? i - 1 : i + 1]!;
        const length = distance(at, next);
        const normal = [-(next[1] - at[1]) / length, (next[0] - at[0]) / length] as const;
        const sides = outline
          .filter((p) => distance(p, at) <= shape.width / 2 + 1)
          .map((p) => (p[0] - at[0]) * normal[0] + (p[1] - at[1]) * normal[1])
          .filter((side) => Math.abs(side) <= shape.width);
        return Math.max(0, ...sides) - Math.min(0, ...sides);
      };
      const n = shape.points.length;
      expect(across(0), 'first end').to.be.at.most(shape.width / 3);
      expect(across(n - 1), 'last end').to.be.at.most(shape.width / 3);
      expect(across(Math.floor(n / 2)), 'middle').to.be.at.least(shape.width * 0.9);
    });
});
