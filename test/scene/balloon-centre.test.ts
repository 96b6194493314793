import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { obstructionCase } from '../../src/model/bundled-obstructions.js';
import { caseAnatomy } from '../../src/model/case-anatomy.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { UNITS_PER_LENGTH_MM, UNITS_PER_MM } from '../../src/model/device-specs.js';
import { distance, pointAtLength, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sceneAtEnd } from './scene-at.js';

const base = parseAnatomy(DEFAULT_ANATOMY_FILES);
const HJ = obstructionCase('benign-anastomotic');
const anatomy = caseAnatomy(base, HJ);

/** The balloon's outline and end markers at the end of a balloon-dilation step, HJ case. */
function balloonAt(step: string) {
  const procedure = parseProcedure(BUNDLED_PROCEDURES['balloon-dilation'] as unknown, base, 'balloon-dilation');
  const timeline = compileTimeline(procedure, base, { approach: 'right', obstruction: HJ.id });
  const { scene } = sceneAtEnd(timeline, step, { anatomy, labels: false });
  const numbers = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m): Point => [+m[1]!, +m[2]!]);
  const outline = numbers(scene.devices.find((p) => p.part === 'balloon')!.d);
  const markers = scene.devices.find((p) => p.id.endsWith('-balloon-markers'))!;
  // Each marker is drawn from its left-most point (M x−r,y) with arcs of radius r.
  const centres = [...markers.d.matchAll(/M(-?[\d.]+),(-?[\d.]+)a([\d.]+)/g)].map((m): Point => [
    +m[1]! + +m[3]!,
    +m[2]!,
  ]);
  const wire = numbers(scene.devices.find((p) => p.part === 'wire')!.d);
  return { outline, centres, wire };
}

/** The stricture's centre on its duct. */
function strictureCentre(): Point {
  const lesion = HJ.lesions[0]!;
  const duct = anatomy.byId.get(lesion.duct)!.shape as { centerline: Point[] };
  const spine = sampleSpline(duct.centerline);
  return pointAtLength(spine, ((lesion.span[0] + lesion.span[1]) / 2) * polylineLength(spine)).point;
}

/** Widths across the balloon outline, square to its marker-to-marker line, at fractions of that line. */
function widths(b: { outline: Point[]; centres: Point[] }, fractions: number[]): number[] {
  const [a, z] = b.centres as [Point, Point];
  const len = distance(a, z);
  const n: Point = [-(z[1] - a[1]) / len, (z[0] - a[0]) / len];
  return fractions.map((f) => {
    const p: Point = [a[0] + f * (z[0] - a[0]), a[1] + f * (z[1] - a[1])];
    // Where the line p + t·n crosses each outline edge.
    const ts: number[] = [];
    b.outline.forEach((q, i) => {
      const r = b.outline[(i + 1) % b.outline.length]!;
      const e: Point = [r[0] - q[0], r[1] - q[1]];
      const den = n[0] * e[1] - n[1] * e[0];
      if (Math.abs(den) < 1e-9) return;
      const u = ((q[0] - p[0]) * n[1] - (q[1] - p[1]) * n[0]) / den;
      if (u < 0 || u > 1) return;
      ts.push(((q[0] - p[0]) * e[1] - (q[1] - p[1]) * e[0]) / den);
    });
    return Math.max(...ts) - Math.min(...ts);
  });
}

const MIDDLE = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75];

/** Whether p lies inside the closed polygon `ring` (even–odd rule). */
function inside(p: Point, ring: readonly Point[]): boolean {
  let odd = false;
  ring.forEach((a, i) => {
    const b = ring[(i + 1) % ring.length]!;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < a[0] + ((p[1] - a[1]) * (b[0] - a[0])) / (b[1] - a[1])) odd = !odd;
  });
  return odd;
}

describe('cholangioplasty balloon across a hepaticojejunostomy stricture', () => {
  it('carries the guidewire down its centre and out of its tip, never through its side wall', () => {
    for (const step of ['position', 'inflate', 'efface']) {
      const { outline, centres, wire } = balloonAt(step);
      const [a, z] = centres as [Point, Point];
      const off = (m: Point) => Math.min(...wire.map((p) => distance(p, m))) / UNITS_PER_MM;
      expect(off(a), `${step}: wire at the proximal marker (mm)`).to.be.below(0.5);
      expect(off(z), `${step}: wire at the tip marker (mm)`).to.be.below(0.5);
      if (step === 'position') continue;
      // Between the markers every wire point stays inside the balloon.
      const len = distance(a, z);
      const between = wire.filter((p) => {
        const f = ((p[0] - a[0]) * (z[0] - a[0]) + (p[1] - a[1]) * (z[1] - a[1])) / (len * len);
        return f > 0.05 && f < 0.95 && distance(p, a) < len && distance(p, z) < len;
      });
      expect(between.length, `${step}: wire points along the balloon`).to.be.greaterThan(3);
      expect(between.filter((p) => !inside(p, outline)).length, `${step}: wire points outside the balloon`).to.equal(0);
    }
  });

  it('is centred on the stricture: its midpoint within 2 mm of the stricture centre', () => {
    for (const step of ['position', 'inflate', 'efface']) {
      const { centres } = balloonAt(step);
      expect(centres, step).to.have.length(2);
      const mid: Point = [(centres[0]![0] + centres[1]![0]) / 2, (centres[0]![1] + centres[1]![1]) / 2];
      expect(distance(mid, strictureCentre()) / UNITS_PER_LENGTH_MM, step).to.be.below(2);
      expect(distance(centres[0]!, centres[1]!) / UNITS_PER_LENGTH_MM, `${step} length`).to.be.within(25, 31);
    }
  });

  it('shows a symmetric waist when inflated, then a straight cylinder when the waist is effaced', () => {
    const inflated = widths(balloonAt('inflate'), MIDDLE);
    const waist = Math.min(...inflated);
    expect(waist, 'waist').to.be.below(0.85 * Math.max(...inflated));
    const at = inflated.indexOf(waist);
    expect(Math.abs(MIDDLE[at]! - 0.5), 'waist in the middle').to.be.at.most(0.1);
    expect(Math.abs(inflated[0]! - inflated[inflated.length - 1]!) / UNITS_PER_MM, 'equal shoulders').to.be.below(0.5);
    const effaced = widths(balloonAt('efface'), MIDDLE);
    expect((Math.max(...effaced) - Math.min(...effaced)) / UNITS_PER_MM, 'no waist').to.be.below(0.5);
    expect(Math.min(...effaced) / UNITS_PER_MM, 'nominal 8 mm').to.be.within(7.5, 8.5);
  });
});
