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
// ligamentum teres and "II" at the falciform margin. Each Couinaud number points well inside its own segment. The
// explorer names a segment when it is pointed at (composition §14 keeps numerals out of the standing names).
describe('Couinaud segment labels', () => {
  const segments = anatomy.structures.filter((s) => /^segment-\w+$/.test(s.id) && s.label).map((s) => s.id);
  for (const width of [1280, 1920])
    for (const ducts of ['normal', 'dilated'] as const)
      it(`end their leaders well inside their own segment when pointed at (${ducts}, ${width} px)`, () => {
        expect(segments.length, 'segments with a label').to.be.at.least(8);
        for (const id of segments) {
          const view = { ...overviewView(width, Math.round(width * 1.2), ducts), active: id };
          const scene = buildScene(anatomy, sceneInputFor(view, undefined));
          const l = scene.labels.find((x) => x.structureId === id);
          expect(l, `${id} named`).to.not.equal(undefined);
          const end: Point = l!.leader ? [l!.leader[2], l!.leader[3]] : [l!.x, l!.y];
          const outlines = regions(id);
          const where = `${l!.text} at ${end.map(Math.round).join(',')}`;
          for (const o of outlines) expect(insidePolygon(end, o), `${where} inside`).to.equal(true);
          const depth = Math.min(...outlines.map((o) => distanceToPolyline(end, [...o, o[0]!])));
          expect(depth, `${where}: depth inside its segment`).to.be.at.least(INSIDE);
        }
      });
});
