import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { obstructionCase } from '../../src/model/bundled-obstructions.js';
import { caseAnatomy } from '../../src/model/case-anatomy.js';
import { distanceToPolyline, sampleSpline } from '../../src/model/geometry.js';
import { rings } from './path-rings.js';
import { turns } from './outline-turns.js';
import { anatomy, sceneAtEnd, sceneOf, stateAt, timelineOf } from './scene-at.js';

const hj = caseAnatomy(anatomy, obstructionCase('benign-anastomotic'));
const limb = hj.byId.get('roux-limb')!.shape as { centerline: Point[]; diameter: { dilated: number } };
const spine = sampleSpline(limb.centerline);

/** The points of the Roux limb's contrast at the end of a step, or none. */
function limbContrast(procedure: string, step: string): Point[] {
  const { scene } = sceneAtEnd(timelineOf(procedure, { obstruction: 'benign-anastomotic' }), step, { anatomy: hj });
  const path = scene.paths.find((p) => p.id === 'contrast-roux-limb');
  return path ? [...path.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m): Point => [Number(m[1]), Number(m[2])]) : [];
}
/** The widest the contrast gets, as a fraction of the limb's width. */
const widest = (points: readonly Point[]) =>
  Math.max(...points.map((p) => (2 * distanceToPolyline(p, spine)) / limb.diameter.dilated));

describe('contrast through the hepaticojejunostomy ring', () => {
  for (const procedure of ['internal-drainage', 'balloon-dilation']) {
    it(`${procedure}: the cholangiogram before dilation shows only a thin jet into the limb`, () => {
      const jet = limbContrast(procedure, 'cholangiogram');
      expect(jet.length, 'some contrast passes the ring').to.be.above(0);
      expect(widest(jet), 'a jet, about a quarter of a full cast').to.be.at.most(0.3);
    });
  }

  // Review (session 19): the limb filled wide the moment the balloon's waist went, while the inflated balloon still
  // sealed the ring.
  it('keeps the jet while the balloon is inflated across the ring, waist or no waist', () => {
    for (const step of ['inflate', 'efface'])
      expect(widest(limbContrast('balloon-dilation', step)), step).to.be.at.most(0.3);
  });

  it('fills the limb wide once the ring is dilated, and when a catheter in the limb injects', () => {
    expect(widest(limbContrast('balloon-dilation', 'deflate')), 'after dilation').to.be.at.least(0.6);
    expect(widest(limbContrast('internal-drainage', 'cross')), 'catheter in the limb').to.be.at.least(0.6);
  });

  // Review round 8, N2: the trickle into D2 while a plastic stent was pushed ended in a square top, a cut-off strip
  // and not a stream. A jet's ends are round, as a column's fading front is.
  it('ends round at both ends, never square (the trickle into D2 before a stent opens the block)', () => {
    const scene = sceneOf(
      stateAt(timelineOf('stent', { stent: 'plastic', obstruction: 'distal' }), 'deploy-plastic', 0.35),
    );
    const jet = scene.paths.find((p) => p.id === 'contrast-duodenum')!;
    const outline = rings(jet.d)[0]!;
    const sharpest = Math.max(...turns(outline, 1).map((t) => t.turn));
    expect(sharpest, 'sharpest turn of the jet outline, degrees').to.be.at.most(45);
  });
});
