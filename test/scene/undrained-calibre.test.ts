import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distanceToPolyline, pointAtLength, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import type { Scene } from '../../src/scene/scene-types.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import { anatomy, polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

/** The drawn width of a duct a third of the way along it (clear of any tumour at its junction end). */
function widthOf(scene: Scene, id: string): number {
  const tube = scene.paths.find((p) => p.structureId === id && p.paint === 'tube')!;
  const outline = polylines(tube.d)[0]!;
  const spine = sampleSpline((anatomy.byId.get(id)!.shape as { centerline: Point[] }).centerline);
  return 2 * distanceToPolyline(pointAtLength(spine, polylineLength(spine) / 3).point, [...outline, outline[0]!]);
}

const RIGHT = ['right-anterior-duct', 'right-posterior-duct', 'segment-5-duct', 'segment-6-duct', 'segment-8-duct'];
const LEFT = ['left-lateral-duct', 'segment-2-duct', 'segment-4b-duct'];
const VIEWS = ['illustration', 'fluoroscopy'] as const;

// Radiologist N3: in Bismuth IIIa drained from the left, the isolated right sectors stay dilated (that is why the
// future remnant is the side to drain); only the drained side decompresses, in either view.
describe('hilar IIIa drained from the left', () => {
  for (const procedure of ['ptcd', 'internal-drainage', 'stent'])
    it(`${procedure}: the undrained right sectors keep their dilated calibre at every step`, () => {
      const timeline = timelineOf(procedure, { obstruction: 'hilar-3a', approach: 'left' });
      const dilated = sceneOf({ ...sampleTimeline(timeline, 0), dilation: {}, defaultDilation: 1 });
      for (let i = 0; i < timeline.steps.length; i++) {
        const state = sampleTimeline(timeline, stepEndTime(timeline, i));
        for (const view of VIEWS) {
          const scene = sceneOf(state, view);
          for (const id of RIGHT)
            expect(widthOf(scene, id), `${timeline.steps[i]!.id} ${view} ${id}`).to.be.closeTo(
              widthOf(dilated, id),
              0.5,
            );
        }
      }
    });

  it('ptcd: at the end of drainage the drained left ducts are narrower than the undrained right ones', () => {
    const end = stateAt(timelineOf('ptcd', { obstruction: 'hilar-3a', approach: 'left' }), 'drainage', 1);
    for (const view of VIEWS) {
      const scene = sceneOf(end, view);
      const right = Math.min(...RIGHT.map((id) => widthOf(scene, id)));
      for (const id of LEFT) expect(widthOf(scene, id), `${view} ${id}`).to.be.below(right);
    }
  });
});
