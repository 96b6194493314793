import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { bundledObstructions } from '../../src/model/bundled-obstructions.js';
import { distanceToPolyline, insidePolygon, sampleSpline } from '../../src/model/geometry.js';
import { massOutline } from '../../src/scene/lesion-path.js';
import { anatomy, polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

const pd = anatomy.byId.get('pancreatic-duct')!.shape as {
  centerline: Point[];
  diameter: { normal: number; dilated: number };
  taperTo: { normal: number; dilated: number };
};
const spine = sampleSpline(pd.centerline, 8);
/** The duct's calibre at fraction f along it (0 = tail), for a dilation of 0 (normal) or 1 (dilated). */
const calibre = (f: number, k: 'normal' | 'dilated') => pd.taperTo[k] + (pd.diameter[k] - pd.taperTo[k]) * f;

// Radiologist N2 (round 4): a double-duct sign is a dilated pancreatic duct that ends with a shoulder at the
// tail-side edge of the head mass. Inside the drawn mass the duct is at most its normal calibre, in every case with a
// pancreatic-head mass, at every step and in both views; upstream of the mass it stays dilated.
const massCases = bundledObstructions().cases.filter((c) => c.lesions.some((l) => l.mass));
describe('the pancreatic duct at a head mass', () => {
  it('has a bundled case with a head mass', () => expect(massCases.length).to.be.greaterThan(0));
  for (const c of massCases) {
    const { cx, cy, r } = c.lesions.find((l) => l.mass)!.mass!;
    // The drawn mass: the lobed outline the scene paints.
    const massShape = massOutline(cx, cy, r);
    for (const procedure of ['ptcd', 'stent', 'internal-drainage'])
      for (const view of ['illustration', 'fluoroscopy'] as const)
        it(`${c.id} / ${procedure} / ${view}: no dilated duct inside the mass`, () => {
          const timeline = timelineOf(procedure, { obstruction: c.id });
          for (const step of timeline.steps)
            for (const fraction of [0.05, 0.5, 1]) {
              const state = stateAt(timeline, step.id, fraction);
              const scene = sceneOf(state, view);
              const tube = scene.paths.find((s) => s.structureId === 'pancreatic-duct' && s.paint === 'tube');
              if (!tube) continue;
              const outline = polylines(tube.d)[0]!;
              const width = (p: Point) => 2 * distanceToPolyline(p, [...outline, outline[0]!]);
              const at = `${step.id} at ${fraction}`;
              const inside = spine.flatMap((p, i) => (insidePolygon(p, massShape) ? [i] : []));
              expect(inside.length, `${at}: the duct runs into the mass`).to.be.greaterThan(3);
              for (const i of inside)
                expect(width(spine[i]!), `${at}: width inside the mass, sample ${i}`).to.be.at.most(
                  calibre(i / (spine.length - 1), 'normal') + 0.5,
                );
              const dilation = state.dilation['pancreatic-duct'] ?? state.defaultDilation;
              if (dilation < 0.95) continue;
              // A mass-radius upstream of the mass edge, the duct is still at its dilated calibre.
              const first = inside[0]!;
              const upstream = first - 12;
              expect(width(spine[upstream]!), `${at}: dilated upstream of the mass`).to.be.at.least(
                0.9 * calibre(upstream / (spine.length - 1), 'dilated'),
              );
            }
        });
  }
});
