import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distanceToPolyline, insidePolygon } from '../../src/model/geometry.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor } from '../../src/scene/scene-input.js';
import { structureGeometry } from '../../src/scene/structure-paths.js';
import { anatomy, overviewView } from './scene-at.js';

/** Scene units a segment's leader end keeps inside its region (about 7 mm): it names the segment, not a border. */
const INSIDE = 20;

/** The drawn region of a segment (clipped to the liver where it says so), as outlines the point must lie within. */
function regions(id: string): Point[][] {
  const s = anatomy.byId.get(id)!;
  const own = structureGeometry(s, { dilation: 0, minWidth: 0 });
  return s.clip ? [own, structureGeometry(anatomy.byId.get(s.clip)!, { dilation: 0, minWidth: 0 })] : [own];
}

// Radiologist N6: "I" and "IVa" both pointed just above the confluence, "III" at the liver's lower edge by the
// ligamentum teres and "II" at the falciform margin. Each Couinaud number points well inside its own segment.
describe('Couinaud segment labels', () => {
  for (const width of [1280, 1920])
    for (const ducts of ['normal', 'dilated'] as const)
      it(`end their leaders well inside their own segment (${ducts}, ${width} px)`, () => {
        const scene = buildScene(
          anatomy,
          sceneInputFor(overviewView(width, Math.round(width * 1.2), ducts), undefined),
        );
        const named = scene.labels.filter((l) => l.structureId.startsWith('segment-'));
        expect(named.length, 'segment labels shown').to.be.at.least(4);
        for (const l of named) {
          const end: Point = l.leader ? [l.leader[2], l.leader[3]] : [l.x, l.y];
          const outlines = regions(l.structureId);
          const where = `${l.text} at ${end.map(Math.round).join(',')}`;
          for (const o of outlines) expect(insidePolygon(end, o), `${where} inside`).to.equal(true);
          const depth = Math.min(...outlines.map((o) => distanceToPolyline(end, [...o, o[0]!])));
          expect(depth, `${where}: depth inside its segment`).to.be.at.least(INSIDE);
        }
      });
});
