import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { obstructionCase } from '../../src/model/bundled-obstructions.js';
import { caseAnatomy } from '../../src/model/case-anatomy.js';
import { UNITS_PER_LENGTH_MM } from '../../src/model/device-specs.js';
import { distance, nearestOnPolyline, pointAtLength, sampleSpline } from '../../src/model/geometry.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import type { Anatomy } from '../../src/model/parse-anatomy.js';
import type { StentName } from '../../src/model/stent-names.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor } from '../../src/scene/scene-input.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import { VIEW } from '../render/scene-fixture.js';
import { fills } from './path-fill.js';
import { anatomy as base } from './scene-at.js';

/** Share of the bowel's axis within 2 cm of a device's mouth that its coat of contrast must cover. */
const COAT = 0.6;
/** How far from the mouth the puff of dense contrast must reach, units (5 mm). */
const REACH = 5 * UNITS_PER_LENGTH_MM;

const CHECKS: { name: string; procedure: string; obstruction: string; stent?: StentName; step: string }[] = [
  ...(['mesh', 'z', 'spiral', 'plastic'] as const).map((stent) => ({
    name: `stent ${stent} check`,
    procedure: 'stent',
    obstruction: 'distal',
    stent,
    step: 'check',
  })),
  {
    name: 'hilar IV drain to a bag, contrast check',
    procedure: 'internal-drainage',
    obstruction: 'hilar-4',
    step: 'bag',
  },
  {
    name: 'HJ drain to a bag, Roux limb',
    procedure: 'internal-drainage',
    obstruction: 'benign-anastomotic',
    step: 'bag',
  },
];

/** How far a path's farthest vertex lies from a point. */
const spread = (d: string, from: Point) =>
  Math.max(...[...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => distance([+m[1]!, +m[2]!], from)));

/**
 * A check cholangiogram's words say contrast runs through the stent (or the drain's holes) into the bowel: the
 * picture shows it, in both views. A coat of contrast lies in the bowel near the device's mouth, and a puff of dense
 * contrast leaves the mouth, from the device's drawn end (review N4).
 */
describe('contrast into the bowel at the check steps', () => {
  for (const c of CHECKS)
    for (const view of ['illustration', 'fluoroscopy'] as const)
      it(`${c.name}, ${view}`, () => {
        const drawn: Anatomy =
          c.obstruction === 'benign-anastomotic' ? caseAnatomy(base, obstructionCase(c.obstruction)) : base;
        const parsed = parseProcedure(BUNDLED_PROCEDURES[c.procedure], base, c.procedure);
        const timeline = compileTimeline(parsed, base, {
          approach: 'right',
          obstruction: c.obstruction,
          stent: c.stent,
        });
        const index = timeline.steps.findIndex((s) => s.id === c.step);
        const moment = sampleTimeline(timeline, stepEndTime(timeline, index));
        const scene = buildScene(drawn, sceneInputFor({ ...VIEW, labels: false, view }, moment));
        const bowels = drawn.structures.filter((s) => s.kind !== 'duct' && s.shape.type === 'tube');
        const devices = moment.devices.filter(
          (d) => d.opacity > 0 && (d.kind.startsWith('stent-') || d.kind === 'internal-external-drain'),
        );
        expect(devices.length, 'a device opens into the bowel').to.be.greaterThan(0);
        for (const device of devices) {
          const mouth = pointAtLength(device.route, device.tip).point;
          // The bowel whose axis passes nearest the mouth (within about 1.5 cm: D2 is wide).
          const bowel = bowels
            .map((b) => ({
              b,
              d: nearestOnPolyline(sampleSpline(b.shape.type === 'tube' ? b.shape.centerline : []), mouth).distance,
            }))
            .filter((x) => x.d <= 15 * UNITS_PER_LENGTH_MM)
            .sort((x, y) => x.d - y.d)[0]?.b;
          expect(bowel, `${device.id} ends in a bowel lumen`).to.not.equal(undefined);
          const spine = sampleSpline(bowel!.shape.type === 'tube' ? bowel!.shape.centerline : []);
          const at = nearestOnPolyline(spine, mouth).arc;
          const coat = scene.paths.filter((p) => p.paint === 'contrast' && p.structureId === bowel!.id);
          const axis: Point[] = [];
          for (let s = at - 20 * UNITS_PER_LENGTH_MM; s <= at + 20 * UNITS_PER_LENGTH_MM; s += 4)
            axis.push(pointAtLength(spine, s).point);
          const covered = axis.filter((p) => coat.some((path) => fills(path.d, p))).length / axis.length;
          expect(covered, `${bowel!.id}: share of its axis near ${device.id}'s mouth under contrast`).to.be.at.least(
            COAT,
          );
          const puff = scene.paths.filter(
            (p) => (p.paint === 'puff' || p.paint === 'contrast') && p.tone === 'bile' && fills(p.d, mouth),
          );
          expect(puff.length, `dense contrast at ${device.id}'s mouth`).to.be.greaterThan(0);
          const far = puff.some((p) =>
            [...p.d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].some((m) => distance([+m[1]!, +m[2]!], mouth) >= REACH),
          );
          expect(far, `the puff reaches ${REACH / UNITS_PER_LENGTH_MM} mm from ${device.id}'s mouth`).to.equal(true);
          // Review, round 8: a soft cloud, not a hard dark polygon. Dense at the tip (every layer covers the
          // mouth), a faint outer veil (the layer that reaches furthest), never as dense as the ducts' contrast.
          const alphas = puff.map((p) => p.opacity ?? 1);
          const atTip = 1 - alphas.reduce((left, a) => left * (1 - a), 1);
          expect(puff.length, `${device.id}: the puff is layered, densest at the tip`).to.be.at.least(3);
          expect(atTip, `${device.id}: the puff's density at the tip, below the ducts' contrast`).to.be.within(
            0.5,
            0.85,
          );
          const outer = puff.reduce((a, b) => (spread(b.d, mouth) > spread(a.d, mouth) ? b : a));
          expect(outer.opacity ?? 1, `${device.id}: the puff's outer edge is faint`).to.be.at.most(0.15);
        }
      });
});
