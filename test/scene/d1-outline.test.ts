import { expect } from '@open-wc/testing';
import type { StentName } from '../../src/model/stent-names.js';
import { anatomy, polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

const cbd = anatomy.byId.get('common-bile-duct')!.shape as {
  centerline: [number, number][];
  diameter: { dilated: number };
};
/** The CBD's right (medial) edge at its widest, with a unit to spare. */
const medialEdge = Math.max(...cbd.centerline.map(([x]) => x)) + cbd.diameter.dilated / 2 + 1;
/** Left of D4's rising limb (centre X 650, 70 units wide), with room to spare. */
const D4_LEFT = 600;
const papillaY = (anatomy.byId.get('major-papilla')!.shape as { at: [number, number] }).at[1];

// Radiologist (round 6, "stray D1 outline"): in ptcd-right-step-01/-11, stent-plastic-deployed and present-stent-11 a
// pink polygon edge crossed the CBD and the pancreatic neck: D1's stretch toward the pylorus, cut off from the rest
// of the duodenum by the window over the bile duct, stood alone over the pancreas. A procedure's duodenum draws no
// outline medial to the bile duct above the papilla.
describe('the duodenum’s first part in a procedure’s illustration', () => {
  for (const [procedure, step, stent] of [
    ['ptcd', 'overview', undefined],
    ['ptcd', 'drainage', undefined],
    ['stent', 'deploy-plastic', 'plastic'],
    ['stent', 'check', 'mesh'],
  ] as const)
    it(`${procedure} / ${step}: no D1 outline over the pancreatic neck`, () => {
      const timeline = timelineOf(procedure, stent ? { stent: stent as StentName } : {});
      const scene = sceneOf(stateAt(timeline, step, 1));
      const tube = scene.paths.find((p) => p.structureId === 'duodenum' && p.paint === 'tube')!;
      expect(tube, 'the duodenum is drawn').to.exist;
      const stray = polylines(tube.d)
        .flat()
        .filter(([x, y]) => x > medialEdge && x < D4_LEFT && y < papillaY - 10);
      expect(stray.length, `outline points medial to the CBD above the papilla: ${JSON.stringify(stray[0])}`).to.equal(
        0,
      );
    });

  it('the anatomy view without a procedure keeps the whole duodenum, D1 to the pylorus', () => {
    const timeline = timelineOf('ptcd');
    const scene = sceneOf({ ...stateAt(timeline, 'overview', 1) }, 'fluoroscopy');
    const tube = scene.paths.find((p) => p.structureId === 'duodenum' && p.paint === 'tube')!;
    const pylorus = polylines(tube.d)
      .flat()
      .some(([x, y]) => x > medialEdge && x < D4_LEFT && y < papillaY - 10);
    expect(pylorus, 'the X-ray draws D1 to the pylorus').to.equal(true);
  });
});
