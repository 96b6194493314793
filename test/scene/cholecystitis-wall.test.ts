import { expect } from '@open-wc/testing';
import { UNITS_PER_LENGTH_MM } from '../../src/model/device-specs.js';
import type { ScenePath } from '../../src/scene/scene-types.js';
import { sceneOf, stateAt, timelineOf } from './scene-at.js';
import { pathElement } from './path-fill.js';

/** Points every 1.5 units along a path's edge. */
function edge(d: string): DOMPoint[] {
  const path = pathElement(d);
  const out: DOMPoint[] = [];
  for (let s = 0; s < path.getTotalLength(); s += 1.5) out.push(path.getPointAtLength(s));
  return out;
}

/** The distance from a point to the nearest of `points`. */
const nearest = (p: DOMPoint, points: readonly DOMPoint[]) =>
  Math.min(...points.map((q) => Math.hypot(p.x - q.x, p.y - q.y)));

// Brief §2e D: draw the ultrasound picture of acute cholecystitis in the "before" state: a distended gallbladder, a
// thick wall (> 3 mm), stones and pericholecystic fluid. The steps said "thick-walled" over a thin outline (review,
// session 32).
describe('cholecystostomy: the inflamed gallbladder', () => {
  for (const approach of ['transhepatic', 'transperitoneal'])
    for (const step of ['overview', 'scan', 'drainage'])
      it(`${approach}, ${step}: a thick wall round the lumen (over 3 mm before drainage), and fluid outside it at the fundus`, () => {
        const timeline = timelineOf('cholecystostomy', { approach: approach as never });
        const paths = sceneOf(stateAt(timeline, step, 1)).paths;
        const of = (paint: ScenePath['paint']) =>
          paths.filter((p) => p.structureId === 'gallbladder' && p.paint === paint);
        const [organ] = of('fill');
        const [lumen] = of('lumen');
        const [fluid] = of('fluid');
        expect(organ && lumen && fluid, 'organ, lumen and fluid drawn').to.be.ok;
        const outline = edge(organ!.d);
        const body = pathElement(organ!.d);
        const inner = edge(lumen!.d);
        expect(
          inner.every((p) => body.isPointInFill(p)),
          'the lumen inside the organ',
        ).to.equal(true);
        // Measured across the body (the brief measures the anterior wall), not at the narrowing neck or the fundus.
        const box = body.getBBox();
        const across = inner.filter((p) => p.y > box.y + box.height * 0.3 && p.y < box.y + box.height * 0.75);
        const thinnest = Math.min(...across.map((p) => nearest(p, outline)));
        // Drained, the drawing shrinks the gallbladder round its loop, wall and all: the wall stays a visible band.
        const least = step === 'drainage' ? 2 : 3;
        expect(thinnest / UNITS_PER_LENGTH_MM, 'the thinnest wall across the body, mm').to.be.within(least, 8);
        // The fluid lies outside the wall (its points on the organ's edge or beyond), below the organ's middle.
        const wet = edge(fluid!.d);
        const inside = wet.filter((p) => body.isPointInFill(p) && nearest(p, outline) > 1.5);
        expect(inside.length, 'fluid points inside the organ').to.equal(0);
        expect(Math.min(...wet.map((p) => p.y)), 'fluid at the fundus').to.be.above(box.y + box.height / 2);
        expect(Math.max(...wet.map((p) => nearest(p, outline))) / UNITS_PER_LENGTH_MM, 'fluid depth, mm').to.be.within(
          1.5,
          3.5,
        );
      });

  it('is drawn only for an inflamed gallbladder, and not on a film', () => {
    const chole = timelineOf('cholecystostomy', { approach: 'transhepatic' as never });
    const film = sceneOf(stateAt(chole, 'drainage', 1), 'fluoroscopy').paths;
    expect(film.filter((p) => p.paint === 'lumen' || p.paint === 'fluid')).to.have.length(0);
    const ptcd = sceneOf(stateAt(timelineOf('ptcd'), 'overview', 1)).paths;
    expect(ptcd.filter((p) => p.paint === 'lumen' || p.paint === 'fluid')).to.have.length(0);
  });
});
