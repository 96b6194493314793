import { expect } from '@open-wc/testing';
import { distance } from '../../src/model/geometry.js';
import { anatomy, polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';
import { turns } from './outline-turns.js';

// Illustrator U-e (round 4): where a rib is cut away around the needle track, its solid pieces ended in square cuts
// in mid-liver (rib 9 at about 225,390 in ptcd-right-step-09-720). They end tapered and rounded: no corner of 60° or
// more at the window, and the end no wider than half the rib.
describe('rib ends at the needle window', () => {
  const timeline = timelineOf('ptcd', { approach: 'right' });
  for (const step of ['right-puncture', 'wire-018', 'tract'])
    it(`${step}: the solid pieces beside a window end tapered and round`, () => {
      const scene = sceneOf(stateAt(timeline, step, 1));
      const windows = scene.paths.filter((p) => p.paint === 'band' && p.id.endsWith('-cut'));
      expect(windows.length, 'ribs cut away around the track').to.be.greaterThan(0);
      for (const cut of windows) {
        const rib = cut.structureId;
        const width = (anatomy.byId.get(rib)!.shape as { width: number }).width;
        const window = polylines(cut.d)[0]!;
        for (const solid of scene.paths.filter((p) => p.structureId === rib && p.paint === 'band' && !p.dashed)) {
          const outline = polylines(solid.d)[0]!;
          // The piece's end at the window: its outline points within reach of the window's outline.
          const end = outline.filter((p) => window.some((q) => distance(p, q) < 3));
          if (!end.length) continue;
          const across = Math.max(...end.flatMap((p) => end.map((q) => distance(p, q))));
          expect(across, `${solid.id}: end width`).to.be.at.most(0.5 * width);
          for (const c of turns(outline).filter((k) => window.some((q) => distance(k.at, q) < 8)))
            expect(c.turn, `${solid.id}: corner at ${c.at.map(Math.round).join(',')}`).to.be.below(60);
        }
      }
    });
});
