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
import { rings } from './path-rings.js';

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
      const duct = scene.paths.find((p) => p.structureId === 'common-bile-duct' && p.paint === 'tube')!;
      const bowel = scene.paths.filter((p) => p.structureId === 'duodenum' && p.paint === 'tube');
      expect(bowel.length).to.be.above(0);
      for (const p of bowel) {
        // The cut-outs chain, one outline a clip (each clip nests the next): see whether one of them is the duct.
        const chain: string[] = [];
        for (let c = scene.clips.find((k) => k.id === `clip-${p.clip ?? ''}`); c;) {
          chain.push(c.d);
          const next: string | undefined = c.clip;
          c = next ? scene.clips.find((k) => k.id === next) : undefined;
        }
        expect(
          chain.some((clip) => clip.startsWith('M-') && clip.includes(duct.d)),
          `${view}: the duct cut out`,
        ).to.equal(view === 'illustration');
      }
    }
  });

  // Review, round 8: a small pink tick of D1 showed on the CBD's wall in the distal frames. The gallbladder's and the
  // duct's outlines overlap there, and one even-odd clip with both cut out shows the bowel again where they overlap
  // (inside two holes is outside none). No point of the bowel inside either cut-out may be drawn.
  for (const [procedure, step] of [
    ['stent', 'measure'],
    ['stent', 'check'],
    ['ptcd', 'drain'],
  ] as const)
    it(`${procedure} / ${step}: no stretch of the bowel shows inside the bile duct or the gallbladder`, () => {
      const scene = sceneOf(stateAt(timelineOf(procedure), step, 1));
      const clips = new Map(scene.clips.map((c) => [c.id, c]));
      const outline = (id: string) =>
        rings(scene.paths.find((p) => p.structureId === id && p.paint !== 'contrast')!.d)[0]!;
      const holes = ['common-bile-duct', 'gallbladder'].map(outline);
      const evenOdd = (d: string, p: Point) => rings(d).filter((ring) => insidePolygon(p, ring)).length % 2 === 1;
      const shown = (clip: string | undefined, p: Point): boolean => {
        for (let c = clip ? clips.get(`clip-${clip}`) : undefined; c; c = c.clip ? clips.get(c.clip) : undefined)
          if (!evenOdd(c.d, p)) return false;
        return true;
      };
      const bowel = scene.paths.filter((p) => p.structureId === 'duodenum' && p.paint === 'tube');
      expect(bowel.length).to.be.above(0);
      const leaks: string[] = [];
      for (const p of bowel) {
        const ring = rings(p.d)[0]!;
        for (let x = 380; x <= 480; x += 1)
          for (let y = 440; y <= 600; y += 1) {
            const at: Point = [x, y];
            if (insidePolygon(at, ring) && holes.some((h) => insidePolygon(at, h)) && shown(p.clip, at))
              leaks.push(`${x},${y}`);
          }
      }
      expect(leaks.length, `bowel drawn inside a cut-out at ${leaks.slice(0, 5).join(' ')}`).to.equal(0);
    });
});
