import { expect } from '@open-wc/testing';
import access from '../../data/anatomy/access.json';
import cameras from '../../data/cameras.json';
import chole from '../../data/procedures/cholecystostomy.json';
import { parseColor } from './contrast-ratio.js';
import { mount, svgOf } from './mount.js';

/** A route's skin exit: its first point, from the procedure's own points or the anatomy's access landmarks. */
function exitOf(approach: 'transhepatic' | 'transperitoneal'): readonly [number, number] {
  const name = chole.routes.access[approach][0]!;
  const own = (chole.points as Record<string, number[]>)[name];
  if (own) return [own[0]!, own[1]!];
  const landmark = access.structures.find((s) => s.id === name)!.shape as unknown as { at: [number, number] };
  return landmark.at;
}

/** Whether a path paints anything visible on the film. */
function paints(p: SVGGeometryElement): boolean {
  const s = getComputedStyle(p);
  if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) < 0.05) return false;
  const seen = (c: string) => (parseColor(c)?.alpha ?? (c.startsWith('url(') ? 1 : 0)) > 0.05;
  return (s.fill !== 'none' && seen(s.fill)) || (s.stroke !== 'none' && seen(s.stroke));
}

/** The share of a grid over the viewBox that lies on some drawn shadow (structure, contrast or device). */
function drawnShare(svg: SVGSVGElement, n = 30): number {
  const box = svg.viewBox.baseVal;
  const drawn = [...svg.querySelectorAll<SVGGeometryElement>('g.layers path, g.devices path')].filter(paints);
  let hits = 0;
  const point = new DOMPoint();
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      point.x = box.x + ((i + 0.5) * box.width) / n;
      point.y = box.y + ((j + 0.5) * box.height) / n;
      if (drawn.some((p) => p.isPointInFill(point) || p.isPointInStroke(point))) hits++;
    }
  return hits / (n * n);
}

// Review round 5: the cholecystostomy X-ray kept the drawing's frame, made to show the bag that hangs below the body;
// a film shows no bag, so half of it was empty grey.
describe('the cholecystostomy X-ray frame', () => {
  for (const approach of ['transhepatic', 'transperitoneal'] as const)
    it(`${approach}: the film frames the gallbladder and the skin exit, and its shadows cover at least 18 % of it (11–14 % in the bag’s frame)`, async () => {
      const el = await mount(1280, { procedure: 'cholecystostomy', approach, view: 'fluoroscopy', step: '8' });
      const svg = svgOf(el);
      const box = svg.viewBox.baseVal;
      const inside = (x: number, y: number) =>
        x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
      const gallbladder = svg.querySelector<SVGGraphicsElement>('g.layers path[data-id="gallbladder"]')!.getBBox();
      expect(inside(gallbladder.x, gallbladder.y), 'gallbladder top left').to.equal(true);
      expect(inside(gallbladder.x + gallbladder.width, gallbladder.y + gallbladder.height), 'bottom right').to.equal(
        true,
      );
      const [x, y] = exitOf(approach);
      expect(inside(x, y), `skin exit ${x}, ${y} in ${box.x} ${box.y} ${box.width} ${box.height}`).to.equal(true);
      expect(svg.querySelectorAll('g.devices path').length, 'the drain').to.be.above(0);
      const share = drawnShare(svg);
      expect(share).to.be.at.least(0.18);
    });

  it('names only existing presets as a film’s framing', () => {
    const presets = cameras as Record<string, { film?: string } | string>;
    const films = Object.values(presets).flatMap((c) => (typeof c === 'object' && c.film ? [c.film] : []));
    expect(films.length).to.be.above(0);
    for (const film of films) expect(presets[film], film).to.be.an('object');
  });
});
