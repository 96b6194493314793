import { expect } from '@open-wc/testing';
import { nearestOnPolyline, pointAtLength, sampleSpline } from '../../src/model/geometry.js';
import { tubeWidth } from '../../src/scene/structure-paths.js';
import type { SampledState, Timeline } from '../../src/timeline/timeline-types.js';
import { mount, settle, svgOf } from '../element/mount.js';
import { anatomy, contextOf, polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

/** Every procedure that shows the hepaticojejunostomy's ring stricture. */
const PROCEDURES = ['balloon-dilation', 'internal-drainage', 'stent'];
/**
 * A duct's wall, as a share of its width: the strip each side of the contrast column (which fills 86 % of the
 * lumen), so the widest the scar may reach is the duct's full width and one wall more on each side.
 */
const WALL = 0.07;

const scarsOf = (state: SampledState) => sceneOf(state).paths.filter((p) => p.paint === 'scar');

/** Each scar point's signed distance from its duct's centreline, and the duct's full (unpinched) half-width over the stricture. */
function across(state: SampledState, d: string) {
  const ring = contextOf(state).lesions.find((l) => l.kind === 'ring')!;
  const duct = anatomy.byId.get(ring.duct)!;
  if (duct.shape.type !== 'tube') throw new Error('a ring stricture is in a tube');
  const spine = sampleSpline(duct.shape.centerline);
  const state0 = contextOf(state).stateOf(duct.id);
  // The duct's full (unpinched) half-width at its widest over the stricture.
  const [from, to] = ring.span;
  const half = Math.max(
    ...Array.from(
      { length: 21 },
      (_, k) => tubeWidth(duct, from + ((to - from) * k) / 20, { ...state0, narrow: [] }) / 2,
    ),
  );
  return polylines(d)
    .flat()
    .map((pt) => {
      const near = nearestOnPolyline(spine, pt);
      const { point: a, tangent: t } = pointAtLength(spine, near.arc);
      const side = Math.sign(t[0] * (pt[1] - a[1]) - t[1] * (pt[0] - a[0]));
      return { signed: side * near.distance, half };
    });
}

const stepsOf = (timeline: Timeline) => timeline.steps.map((s) => s.id);

// Illustrator N8: the scar was a dotted box around the anastomosis, wider than the duct: it read as a selection box.
describe('the ring stricture at the hepaticojejunostomy', () => {
  for (const procedure of PROCEDURES)
    for (const approach of ['right', 'left'] as const)
      it(`${procedure}, ${approach}: is a thickened stretch of both duct walls, within a wall of the duct's width`, () => {
        const timeline = timelineOf(procedure, { obstruction: 'benign-anastomotic', approach, stent: 'plastic' });
        let seen = 0;
        for (const id of stepsOf(timeline)) {
          const state = stateAt(timeline, id, 1);
          for (const scar of scarsOf(state)) {
            seen++;
            expect(scar.dashed, `${id}: dashed`).to.equal(false);
            const points = across(state, scar.d);
            // The wall is at least about 3 px on screen (1.2 minWidths, illustrator B5), or one wall share.
            const floor = 1.2 * contextOf(state).stateOf('common-hepatic-duct').minWidth * 1.05;
            for (const { signed, half } of points)
              expect(Math.abs(signed), `${id}: units from the duct's axis`).to.be.at.most(
                half + Math.max(2 * WALL * half, floor) + 0.2,
              );
            // Both walls: scar on each side of the duct's axis.
            expect(points.some((p) => p.signed > 0.5) && points.some((p) => p.signed < -0.5), `${id}: both walls`).to.be
              .true;
          }
        }
        expect(seen, 'steps drawing the scar').to.be.above(0);
      });

  it('is drawn solid, never dotted or dashed', async () => {
    const el = await mount(720, { procedure: 'balloon-dilation', obstruction: 'benign-anastomotic', step: '6' });
    await settle(el);
    const scars = [...svgOf(el).querySelectorAll('path.paint-scar')];
    expect(scars.length).to.be.above(0);
    for (const scar of scars) {
      const style = getComputedStyle(scar);
      expect(style.strokeDasharray, 'stroke-dasharray').to.equal('none');
      expect(style.fill, 'filled').to.not.equal('none');
    }
  });
});
