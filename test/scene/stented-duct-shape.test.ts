import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distanceToPolyline, nearestOnPolyline, pointAtLength, sampleSpline } from '../../src/model/geometry.js';
import { UNITS_PER_MM } from '../../src/model/device-specs.js';
import { turns } from './outline-turns.js';
import { anatomy, laterMoments, polylines, sceneOf } from './scene-at.js';

const CBD = anatomy.byId.get('common-bile-duct')!;
const spine = sampleSpline(CBD.shape.type === 'tube' ? CBD.shape.centerline : [], 12);
const length = nearestOnPolyline(spine, spine.at(-1)!).arc;
/** The stretch checked: from the CBD's upper third, above the tumour, to 3 mm short of its mouth (the papilla's own). */
const FROM = 0.3 * length;
const TO = length - 3 * UNITS_PER_MM;

/** The drawn CBD's two walls (its outline's left edge forward, its right edge back), each cut to the checked stretch. */
function walls(d: string): Point[][] {
  const outline = polylines(d)[0]!;
  const arcOf = (p: Point) => nearestOnPolyline(spine, p).arc;
  // The outline runs down one wall to the mouth (square, no cap), then back up the other, then round the top cap.
  const bottom = outline.reduce((best, p, i) => (arcOf(p) > arcOf(outline[best]!) ? i : best), 0);
  const down = outline.slice(0, bottom + 1);
  const up = outline.slice(bottom + 1);
  const keep = (w: Point[]) => w.filter((p) => arcOf(p) >= FROM && arcOf(p) <= TO);
  return [keep(down), keep(up)];
}

/**
 * A duct a metal stent holds open is a smooth tube that follows the stent (review, issue 8): a smooth waist across
 * the tumour, no step, notch or sheared block where the tumour ends, down to the papilla's last few mm.
 */
describe('the lower CBD a metal stent holds open (distal block)', () => {
  for (const stent of ['mesh', 'z', 'spiral'] as const)
    it(`${stent}: smooth walls (no turn over 35° between points 1.5 units apart) and no width step over 3 units (0.7 mm) a 0.5 mm`, () => {
      for (const { id, state } of laterMoments(stent, 'distal')) {
        const path = sceneOf(state).paths.find((p) => p.id === CBD.id && p.paint === 'tube')!;
        const [left, right] = walls(path.d);
        for (const [side, wall] of [
          ['left', left!],
          ['right', right!],
        ] as const) {
          expect(wall.length, `${id}: ${side} wall points`).to.be.at.least(20);
          // An open wall: its own ends are no corners.
          const sharp = turns(wall)
            .slice(1, -1)
            .filter((t) => t.turn > 35)
            .map((t) => `${t.at.map((v) => v.toFixed(0))}: ${t.turn.toFixed(0)}°`);
          expect(sharp, `${id}: ${side} wall corners`).to.deep.equal([]);
        }
        // The drawn width, measured from the centreline to each wall every 0.5 mm: it changes gradually (walls under
        // about 45°), a smooth waist, never a step.
        const steps: string[] = [];
        let last: number | null = null;
        for (let s = FROM + 6; s <= TO - 6; s += 0.5 * UNITS_PER_MM) {
          const at = pointAtLength(spine, s).point;
          const width = distanceToPolyline(at, left!) + distanceToPolyline(at, right!);
          if (last !== null && Math.abs(width - last) > 3)
            steps.push(`${s.toFixed(0)}: ${last.toFixed(1)} → ${width.toFixed(1)}`);
          last = width;
        }
        expect(steps, `${id}: width steps`).to.deep.equal([]);
      }
    });
});
