import { expect } from '@open-wc/testing';
import { insidePolygon } from '../../src/model/geometry.js';
import { segmentGap } from '../../src/model/segment-gap.js';
import type { Scene } from '../../src/scene/scene-types.js';
import { polylines, pxPerUnit, sceneOf, stateAt, timelineOf } from './scene-at.js';

const HILAR = ['hilar-1', 'hilar-2', 'hilar-3a', 'hilar-3b', 'hilar-4'];

/** Area of the drawn tumour (the union of its pieces), square units, counted on a 1-unit grid. */
function tumourArea(scene: Scene): number {
  const pieces = scene.paths.filter((p) => p.paint === 'lesion').flatMap((p) => polylines(p.d));
  const xs = pieces.flat().map((p) => p[0]);
  const ys = pieces.flat().map((p) => p[1]);
  let area = 0;
  for (let x = Math.floor(Math.min(...xs)); x <= Math.max(...xs); x++)
    for (let y = Math.floor(Math.min(...ys)); y <= Math.max(...ys); y++)
      if (pieces.some((piece) => insidePolygon([x, y], piece))) area++;
  return area;
}

// Illustrator N5: the Bismuth IV tumour was the smallest in the set, a thin smear along a decompressed confluence,
// its label leader on the confluence's own.
describe('the hilar tumours', () => {
  it('draws type IV as the most extensive, whatever the calibre of the ducts around it', () => {
    const areas = HILAR.map((id) =>
      tumourArea(sceneOf(stateAt(timelineOf('internal-drainage', { obstruction: id }), 'cholangiogram', 1))),
    );
    const four = areas.at(-1)!;
    for (const [i, area] of areas.slice(0, -1).entries())
      expect(four, `type IV against ${HILAR[i]}`).to.be.above(area * 1.25);
  });

  it('keeps its bulk while the ducts it blocks decompress', () => {
    const timeline = timelineOf('ptcd', { obstruction: 'hilar-1' });
    const before = tumourArea(sceneOf(stateAt(timeline, 'overview', 1)));
    const after = tumourArea(sceneOf(stateAt(timeline, 'drainage', 1)));
    expect(after).to.be.closeTo(before, before * 0.02);
  });

  for (const id of HILAR)
    it(`${id}: at most five labels, the tumour's leader apart from the confluence's`, () => {
      const state = stateAt(timelineOf('internal-drainage', { obstruction: id }), 'cholangiogram', 1);
      const labels = sceneOf(state, 'illustration', { labels: true }).labels;
      expect(labels.length, labels.map((l) => l.structureId).join(', ')).to.be.at.most(5);
      const leader = (id: string) => {
        const l = labels.find((x) => x.structureId === id)?.leader;
        return l ?? null;
      };
      const tumour = leader('lesion');
      const confluence = leader('confluence');
      if (!tumour || !confluence) return;
      // Two leaders that touch or run along one line read as one pointer to one place.
      expect(segmentGap(tumour, confluence) * pxPerUnit(state), 'px between the two leaders').to.be.at.least(8);
    });
});
