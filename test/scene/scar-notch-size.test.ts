import { expect } from '@open-wc/testing';
import { pixelsPerUnit } from '../../src/model/cameras.js';
import { polylines, sceneAtEnd, timelineOf } from './scene-at.js';

type Pt = [number, number];
const distance = (a: Pt, b: Pt) => Math.hypot(a[0] - b[0], a[1] - b[1]);
/** A polygon's area (shoelace). */
const area = (p: Pt[]) =>
  Math.abs(p.reduce((s, [x, y], i) => s + x * p[(i + 1) % p.length]![1] - p[(i + 1) % p.length]![0] * y, 0)) / 2;

// Illustrator B5 (round 6): at 360 px the HJ scar's two notches were about 4 px, invisible on a phone. Each lens is at
// least about 8 px long on screen and a few px thick, at every width.
describe('the HJ scar notches on screen', () => {
  for (const [procedure, step] of [
    ['internal-drainage', 'bag'],
    ['balloon-dilation', 'inflate'],
  ] as const)
    for (const width of [360, 720])
      it(`${procedure} / ${step} at ${width} px: each notch at least 8 px long and 3 px thick`, () => {
        const timeline = timelineOf(procedure, { obstruction: 'benign-anastomotic' });
        const { scene } = sceneAtEnd(timeline, step, { width });
        const ppu = pixelsPerUnit(scene.camera, width, width);
        const scars = scene.paths.filter((p) => p.paint === 'scar');
        expect(scars.length, 'the scar is drawn').to.be.above(0);
        for (const scar of scars) {
          const lenses = polylines(scar.d) as Pt[][];
          expect(lenses.length, 'one lens on each wall').to.equal(2);
          for (const lens of lenses) {
            const length = Math.max(...lens.flatMap((p) => lens.map((q) => distance(p, q)))) * ppu;
            // A lens-shaped sliver: area ≈ (2 / π) · length · thickness.
            const thickness = ((Math.PI / 2) * area(lens) * ppu * ppu) / length;
            // Its thicker middle (over half its greatest thickness) is two thirds of a sine-shaped lens's length.
            expect((2 / 3) * length, 'px long at over half its thickness').to.be.at.least(8);
            expect(thickness, 'px thick').to.be.at.least(3);
          }
        }
      });
});
