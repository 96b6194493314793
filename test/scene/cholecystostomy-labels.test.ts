import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distanceToPolyline, insidePolygon } from '../../src/model/geometry.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { structureGeometry } from '../../src/scene/structure-paths.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { anatomy, sceneAtEnd } from './scene-at.js';

const outline = (id: string, distended = false): Point[] =>
  structureGeometry(anatomy.byId.get(id)!, {
    dilation: 1,
    minWidth: 0,
    ...(distended && { outlineState: 'distended' }),
  });

describe('cholecystostomy: the liver label', () => {
  for (const approach of ['transhepatic', 'transperitoneal'] as const)
    for (const step of ['wire', 'drain', 'drainage'])
      it(`${approach} ${step}: "Liver" names the parenchyma, its text and leader end clear of the gallbladder`, () => {
        const parsed = parseProcedure(BUNDLED_PROCEDURES.cholecystostomy, anatomy, 'cholecystostomy');
        const { scene } = sceneAtEnd(compileTimeline(parsed, anatomy, { approach } as never), step);
        const label = scene.labels.find((l) => l.structureId === 'liver');
        if (!label) return;
        const end: Point = [label.leader![2], label.leader![3]];
        expect(insidePolygon(end, outline('liver')), 'on the liver').to.equal(true);
        for (const gb of [outline('gallbladder'), outline('gallbladder', true)]) {
          expect(insidePolygon(end, gb), 'not on the gallbladder').to.equal(false);
          expect(distanceToPolyline(end, [...gb, gb[0]!]), 'clear of its wall').to.be.at.least(12);
          const text: Point = [label.x, label.y - label.size * 0.4];
          expect(insidePolygon(text, gb), 'text not on the gallbladder').to.equal(false);
          expect(distanceToPolyline(text, [...gb, gb[0]!]), 'text clear of its wall').to.be.at.least(label.size);
        }
      });
});
