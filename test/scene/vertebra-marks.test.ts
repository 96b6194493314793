import { expect } from '@open-wc/testing';
import { polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

describe('vertebrae on the X-ray', () => {
  it('T11 and T12 have endplates, two pedicles either side of the midline and a spinous process', () => {
    const scene = sceneOf(stateAt(timelineOf('stent', { obstruction: 'distal' }), 'cholangiogram', 1), 'fluoroscopy');
    for (const id of ['vertebra-t11', 'vertebra-t12']) {
      const body = polylines(scene.paths.find((p) => p.id === id)!.d)[0]!;
      const xs = body.map((p) => p[0]);
      const ys = body.map((p) => p[1]);
      const inside = ([x, y]: [number, number]) =>
        x >= Math.min(...xs) && x <= Math.max(...xs) && y >= Math.min(...ys) && y <= Math.max(...ys);
      const parts = scene.paths.filter((p) => p.structureId === id && p.id !== id);
      const centre = (part: string) => {
        const pts = polylines(parts.find((p) => p.id === `${id}-${part}`)!.d)[0]!;
        for (const p of pts) expect(inside(p), `${part} inside ${id}`).to.equal(true);
        return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
      };
      const mid = (Math.min(...xs) + Math.max(...xs)) / 2;
      const [right, left, spinous] = [centre('pedicle-right'), centre('pedicle-left'), centre('spinous')];
      expect(right[0]!, 'the right pedicle on the viewer’s left').to.be.lessThan(mid);
      expect(left[0]!).to.be.greaterThan(mid);
      expect(Math.abs(spinous[0]! - mid)).to.be.lessThan(1);
      expect(centre('endplate-upper')[1]!).to.be.lessThan(right[1]!);
      expect(centre('endplate-lower')[1]!).to.be.greaterThan(spinous[1]!);
    }
  });
});
