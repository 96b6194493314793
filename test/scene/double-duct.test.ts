import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { obstructionCase } from '../../src/model/bundled-obstructions.js';
import { distance, distanceToPolyline, pointAtLength, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import type { Scene } from '../../src/scene/scene-types.js';
import { anatomy, polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

/** The drawn width of a tube path at a point of its centreline: twice the distance to its outline. */
function widthAt(scene: Scene, id: string, p: Point): number {
  const tube = scene.paths.find((s) => s.structureId === id && s.paint === 'tube')!;
  const outline = polylines(tube.d)[0]!;
  return 2 * distanceToPolyline(p, [...outline, outline[0]!]);
}

const spineOf = (id: string) => sampleSpline((anatomy.byId.get(id)!.shape as { centerline: Point[] }).centerline);

// Radiologist N3, illustrator N6: the double-duct sign is a dilated pancreatic duct that stops at the head mass,
// as the bile duct does, never one band running on through the tumour to the papilla.
describe('the double-duct sign in the distal case', () => {
  const mass = obstructionCase('distal').lesions[0]!.mass!;
  const cbd = spineOf('common-bile-duct');
  const pd = spineOf('pancreatic-duct');
  const cbdAt = (f: number) => pointAtLength(cbd, f * polylineLength(cbd)).point;
  const [from, to] = obstructionCase('distal').lesions[0]!.span;

  for (const [procedure, step] of [
    ['ptcd', 'overview'],
    ['stent', 'check'],
  ] as const)
    it(`${procedure} / ${step}: the pancreatic duct is dilated up to the mass and shut inside it`, () => {
      const scene = sceneOf(stateAt(timelineOf(procedure), step, 0.5));
      // The CBD above the mass and inside it; the PD in the body (well clear of the mass) and inside it.
      const cbdAbove = widthAt(scene, 'common-bile-duct', cbdAt(from - 0.12));
      const cbdInside = widthAt(scene, 'common-bile-duct', cbdAt((from + to) / 2));
      const body = pd.filter((p) => distance(p, [mass.cx, mass.cy]) > mass.r * 1.6 && p[0] < 660);
      const inside = pd.filter((p) => distance(p, [mass.cx, mass.cy]) < mass.r * 0.45);
      expect(body.length, 'PD body samples').to.be.greaterThan(3);
      expect(inside.length, 'PD samples in the mass').to.be.greaterThan(1);
      const bodyWidth = Math.min(...body.map((p) => widthAt(scene, 'pancreatic-duct', p)));
      const insideWidth = Math.max(...inside.map((p) => widthAt(scene, 'pancreatic-duct', p)));
      if (step === 'overview') {
        // About half the dilated CBD (illustrator A5, round 6): dilated, but never outweighing the bile duct.
        expect(bodyWidth, 'PD in the body: dilated, about half the CBD above the block').to.be.within(
          0.35 * cbdAbove,
          0.65 * cbdAbove,
        );
      }
      expect(insideWidth, 'PD shut inside the mass, as tight as the CBD block').to.be.at.most(
        Math.max(cbdInside, 0.3 * bodyWidth),
      );
      expect(insideWidth, 'PD shut inside the mass').to.be.at.most(0.35 * bodyWidth);
    });
});
