import { expect } from '@open-wc/testing';
import { mount, svgOf } from './mount.js';

/** The anatomy explorer: no procedure. */
const explore = (width: number, attrs: Record<string, string> = {}) => mount(width, { procedure: 'none', ...attrs });

type Box = { left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Whether segments p1–p2 and p3–p4 properly cross. */
function crosses(p: number[], q: number[]): boolean {
  const [ax, ay, bx, by] = p as [number, number, number, number];
  const [cx, cy, dx, dy] = q as [number, number, number, number];
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return (
    o(ax, ay, bx, by, cx, cy) * o(ax, ay, bx, by, dx, dy) < 0 &&
    o(cx, cy, dx, dy, ax, ay) * o(cx, cy, dx, dy, bx, by) < 0
  );
}

for (const width of [360, 1280, 1920]) {
  describe(`labels at ${width} px`, () => {
    it('do not overlap each other and stay inside the drawing', async () => {
      const el = await explore(width);
      const svg = svgOf(el);
      const frame = svg.getBoundingClientRect();
      const boxes = [...svg.querySelectorAll<SVGTextElement>('.label text')].map((t) => ({
        id: t.textContent,
        box: t.getBoundingClientRect(),
      }));
      expect(boxes.length).to.be.greaterThan(2);
      for (const { id, box } of boxes) {
        expect(box.left, `${id} left`).to.be.at.least(frame.left - 0.5);
        expect(box.right, `${id} right`).to.be.at.most(frame.right + 0.5);
        expect(box.top, `${id} top`).to.be.at.least(frame.top - 0.5);
        expect(box.bottom, `${id} bottom`).to.be.at.most(frame.bottom + 0.5);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++)
          expect(overlaps(boxes[i]!.box, boxes[j]!.box), `${boxes[i]!.id} × ${boxes[j]!.id}`).to.equal(false);
    });

    it('have leader lines that do not cross each other or any other label', async () => {
      const el = await explore(width);
      const svg = svgOf(el);
      const groups = [...svg.querySelectorAll<SVGGElement>('.label')];
      const leaders = groups
        .map((g) => ({ g, line: g.querySelector('line')! }))
        .filter(({ line }) => line.getAttribute('display') !== 'none')
        .map(({ g, line }) => ({
          id: g.dataset.id,
          seg: ['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a))),
        }));
      for (let i = 0; i < leaders.length; i++)
        for (let j = i + 1; j < leaders.length; j++)
          expect(crosses(leaders[i]!.seg, leaders[j]!.seg), `${leaders[i]!.id} × ${leaders[j]!.id}`).to.equal(false);
      // A leader must not run through another label's text.
      for (const { id, seg } of leaders) {
        for (const g of groups) {
          if (g.dataset.id === id) continue;
          const b = g.querySelector('text')!.getBBox();
          const edges = [
            [b.x, b.y, b.x + b.width, b.y],
            [b.x, b.y + b.height, b.x + b.width, b.y + b.height],
            [b.x, b.y, b.x, b.y + b.height],
            [b.x + b.width, b.y, b.x + b.width, b.y + b.height],
          ];
          expect(
            edges.some((e) => crosses(seg, e)),
            `leader of ${id} through label ${g.dataset.id}`,
          ).to.equal(false);
        }
      }
    });
  });
}
