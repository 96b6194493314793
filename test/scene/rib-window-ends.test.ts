import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distance } from '../../src/model/geometry.js';
import { anatomy, polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

/** Turning in degrees at each vertex of a closed outline (steps of at least 1.5 units), with the vertex. */
function corners(outline: readonly Point[]): { at: Point; turn: number }[] {
  const pts: Point[] = [];
  for (const p of outline) if (!pts.length || distance(p, pts.at(-1)!) >= 1.5) pts.push(p);
  return pts.map((b, i) => {
    const a = pts[(i + pts.length - 1) % pts.length]!;
    const c = pts[(i + 1) % pts.length]!;
    let d = ((Math.atan2(c[1] - b[1], c[0] - b[0]) - Math.atan2(b[1] - a[1], b[0] - a[0])) * 180) / Math.PI;
    while (d > 180) d -= 360;
    while (d < -180) d += 360;
    return { at: b, turn: Math.abs(d) };
  });
}

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
          for (const c of corners(outline).filter((k) => window.some((q) => distance(k.at, q) < 8)))
            expect(c.turn, `${solid.id}: corner at ${c.at.map(Math.round).join(',')}`).to.be.below(60);
        }
      }
    });
});
