import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { anatomy, sceneOf, stateAt } from './scene-at.js';

/** The drawn (smooth) outline as an SVG path in the document, to ask what lies inside it. */
function drawnShape(d: string): SVGPathElement {
  const svg = document.body.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  const path = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
  path.setAttribute('d', d);
  return path;
}

/** The signed turning (degrees) along a polyline, over steps of at least 1 unit. */
function turning(line: readonly Point[]): number {
  const pts: Point[] = [];
  for (const p of line) if (!pts.length || Math.hypot(p[0] - pts.at(-1)![0], p[1] - pts.at(-1)![1]) >= 1) pts.push(p);
  let sum = 0;
  for (let i = 1; i < pts.length - 1; i++) {
    const [a, b, c] = [pts[i - 1]!, pts[i]!, pts[i + 1]!];
    let d = Math.atan2(c[1] - b[1], c[0] - b[0]) - Math.atan2(b[1] - a[1], b[0] - a[0]);
    while (d > Math.PI) d -= 2 * Math.PI;
    while (d < -Math.PI) d += 2 * Math.PI;
    sum += d;
  }
  return (sum * 180) / Math.PI;
}

// Radiologist N3 (round 4): "Guidewire coiled in the gallbladder", but the wire was drawn straight with a small J.
// The coil is the teaching point (it holds the wire while a free, non-hepatic tract is dilated): the wire's end
// turns through at least a full loop, and all of it past the gallbladder wall lies inside the drawn gallbladder.
describe('transperitoneal cholecystostomy: the wire coiled in the lumen', () => {
  const parsed = parseProcedure(BUNDLED_PROCEDURES['cholecystostomy'], anatomy, 'cholecystostomy.json');
  const timeline = compileTimeline(parsed, anatomy, { approach: 'transperitoneal' as 'right' });
  const coil = parsed.points['chole-tp-coil']!;
  for (const [step, device] of [
    ['wire', 'stiff-wire'],
    ['dilate', 'stiff-wire'],
  ] as const)
    it(`${step}: the ${device}'s end coils ≥ 360° inside the gallbladder`, () => {
      const scene = sceneOf(stateAt(timeline, step, 1));
      const wire = scene.devices.find((p) => p.deviceId === device && p.part === 'wire');
      expect(wire, 'the wire is drawn').to.exist;
      const drawn = drawnShape(wire!.d);
      const line = Array.from({ length: Math.floor(drawn.getTotalLength()) }, (_, i): Point => {
        const p = drawn.getPointAtLength(i);
        return [p.x, p.y];
      });
      const bladder = drawnShape(scene.paths.find((p) => p.structureId === 'gallbladder' && p.paint === 'fill')!.d);
      // The wire's end: from where it passes the coil point (straight up the lumen from the needle's tip) on.
      const from = line.findIndex((p) => Math.hypot(p[0] - coil[0], p[1] - coil[1]) < 12);
      expect(from, 'the wire reaches the coil point').to.be.at.least(0);
      const inside = line.slice(from);
      expect(Math.abs(turning(inside)), 'turning of the wire in the lumen, degrees').to.be.at.least(360);
      for (const p of inside)
        expect(bladder.isPointInFill(new DOMPoint(...p)), `${p.map(Math.round).join(',')}`).to.equal(true);
    });
});
