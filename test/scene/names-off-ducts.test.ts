import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { insidePolygon } from '../../src/model/geometry.js';
import { structureGeometry } from '../../src/scene/structure-paths.js';
import { glyphBox, PHONE_TO_PROJECTOR, sweepSteps } from './label-sweep.js';

/** Names written near the lower common bile duct, and the ducts there they must leave in view. */
const NAMES = new Set(['papilla', 'duodenum', 'lesion']);
const DUCTS = ['common-bile-duct', 'pancreatic-duct'];

/** A 9 × 3 grid over a name's glyphs. */
const grid = (l: Parameters<typeof glyphBox>[0]): Point[] => {
  const b = glyphBox(l);
  return [0, 1, 2, 3, 4, 5, 6, 7, 8].flatMap((i) =>
    [0, 1, 2].map((j): Point => [b.x0 + ((b.x1 - b.x0) * i) / 8, b.y0 + ((b.y1 - b.y0) * j) / 2]),
  );
};

// Review (sessions 32–33): the placer scored a name by the centre lines it crossed, so a name along a duct's wall, or
// across a wide one beside its centre line, cost nothing: "Papilla" and "Duodenum" stood on the common bile duct
// and the distal block's name on the pancreatic duct, the very ducts those steps are about. A name now scores by how
// much of each duct's drawn width it covers.
describe('names beside the lower bile duct', function () {
  this.timeout(900000);
  it('leave the common bile duct and the pancreatic duct in view, at every step end, on phones, a laptop and a projector', () => {
    let named = 0;
    const found = sweepSteps(PHONE_TO_PROJECTOR, (f) => {
      // Drawn at normal calibre: any dilated duct is wider still.
      const ducts = DUCTS.filter((id) => f.scene.paths.some((p) => p.structureId === id)).map((id) => ({
        id,
        outline: structureGeometry(f.anatomy.byId.get(id)!, { dilation: 0, minWidth: 0 }),
      }));
      return f.scene.labels.flatMap((l) => {
        // The measure step's figure ("2.8 cm stricture") stands for the block's name beside the stretch it measures.
        if (!NAMES.has(l.structureId) || /^\d/.test(l.text)) return [];
        named++;
        const points = grid(l);
        // A name touching a wall with a corner is beside it; three points of 27 are a good stretch of it.
        return ducts
          .filter((d) => points.filter((p) => insidePolygon(p, d.outline)).length >= 3)
          .map((d) => `${f.what}: "${l.text}" on ${d.id}`);
      });
    });
    expect(named, 'names checked').to.be.above(500);
    expect(found.slice(0, 20), `${found.length} names on the lower ducts`).to.deep.equal([]);
  });
});
