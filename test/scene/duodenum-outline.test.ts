import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { obstructionCase } from '../../src/model/bundled-obstructions.js';
import { caseAnatomy } from '../../src/model/case-anatomy.js';
import { insidePolygon } from '../../src/model/geometry.js';
import type { Anatomy } from '../../src/model/parse-anatomy.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor } from '../../src/scene/scene-input.js';
import { structureGeometry, structurePaths } from '../../src/scene/structure-paths.js';
import { anatomy, overviewView, polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';
import { turns } from './outline-turns.js';

/** The drawn C-loop outline (left wall forward, then the right wall back, round caps between). */
const loop = (a: Anatomy): Point[] => structureGeometry(a.byId.get('duodenum')!, { dilation: 0, minWidth: 0 });

// Illustrator U-f, radiologist U2: the C-loop's inner wall had a right-angle corner at the superior flexure, and
// a white notch showed between it and the pancreatic head's corner.
describe('the duodenal C-loop', () => {
  it('is one smooth tube: no corner sharper than its round end caps', () => {
    const sharpest = Math.max(...turns(loop(anatomy), 2).map((t) => t.turn));
    expect(sharpest, 'sharpest turn of the outline, degrees').to.be.at.most(40);
  });

  it('leaves no gap between its inner wall and the pancreatic head at the superior flexure', () => {
    const wall = loop(anatomy);
    const head = structureGeometry(anatomy.byId.get('pancreas')!, { dilation: 0, minWidth: 0 });
    const gaps: string[] = [];
    for (let x = 418; x <= 452; x += 2)
      for (let y = 548; y <= 584; y += 2)
        if (!insidePolygon([x, y], wall) && !insidePolygon([x, y], head)) gaps.push(`${x},${y}`);
    expect(gaps).to.deep.equal([]);
  });

  // Radiologist U3: D1 drawn across the gallbladder read as a second gallbladder.
  for (const ducts of ['normal', 'dilated'] as const)
    it(`is drawn under the gallbladder, never across it (${ducts})`, () => {
      const scene = buildScene(anatomy, sceneInputFor(overviewView(1280, 1536, ducts), undefined));
      const bowel = scene.paths.filter((p) => p.structureId === 'duodenum');
      expect(bowel.length).to.be.above(0);
      const bladder = scene.paths.find((p) => p.structureId === 'gallbladder')!;
      const clips = new Map(scene.clips.map((c) => [c.id, c.d]));
      for (const p of bowel) {
        const clip = clips.get(`clip-${p.clip ?? ''}`) ?? '';
        // Clipped even-odd to the plane with the gallbladder's outline (as drawn in this state) cut out.
        expect(polylines(clip).length, 'the plane and the cut-out').to.be.at.least(1);
        expect(clip.endsWith(bladder.d), 'cut-out is the drawn gallbladder').to.equal(true);
        expect(clip.startsWith('M-'), 'starts with the plane beyond the camera').to.equal(true);
      }
    });

  it('after a cholecystectomy (the hepaticojejunostomy case) it is drawn whole', () => {
    const hj = caseAnatomy(anatomy, obstructionCase('benign-anastomotic'));
    const scene = buildScene(hj, sceneInputFor(overviewView(1280, 1536, 'dilated'), undefined));
    expect(scene.paths.filter((p) => p.structureId === 'duodenum' && p.clip).length).to.equal(0);
    expect(structurePaths(hj.byId.get('duodenum')!, { dilation: 0, minWidth: 0 }).length).to.equal(1);
  });

  // Illustrator U-f: during a procedure D1's thin wall crossed the CBD and read as a stray frame.
  it('while a procedure plays, is opened over the bile duct in the illustration (no wall across it, no tint), not on a film', () => {
    const state = stateAt(timelineOf('internal-drainage'), 'internal-external-drain', 1);
    for (const view of ['illustration', 'fluoroscopy'] as const) {
      const scene = sceneOf(state, view);
      const clips = new Map(scene.clips.map((c) => [c.id, c.d]));
      const duct = scene.paths.find((p) => p.structureId === 'common-bile-duct' && p.paint === 'tube')!;
      const bowel = scene.paths.filter((p) => p.structureId === 'duodenum' && p.paint === 'tube');
      expect(bowel.length).to.be.above(0);
      for (const p of bowel) {
        const clip = clips.get(`clip-${p.clip ?? ''}`) ?? '';
        expect(clip.startsWith('M-') && clip.includes(duct.d), `${view}: the duct cut out`).to.equal(
          view === 'illustration',
        );
      }
    }
  });
});
