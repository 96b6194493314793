import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { nearestOnPolyline, pointAtLength } from '../../src/model/geometry.js';
import { stentGeometry } from '../../src/scene/devices/stent-geometry.js';
import { stentRoute } from '../../src/scene/devices/stent-route.js';
import type { SampledState } from '../../src/timeline/timeline-types.js';
import { contextOf, everyUnit, laterMoments, polylines, pxPerUnit, sceneOf, stateAt, timelineOf } from './scene-at.js';

const METAL = ['mesh', 'z', 'spiral'] as const;
const VIEWS = ['illustration', 'fluoroscopy'] as const;
/** Units a strut or the body's edge may stand off the stent's drawn width: a wire's own half-width at a lecture's zoom. */
const SLACK = 1.5;

/** The frames a reviewer looks at: part-way through the sheath's retraction, its end, and the check film. */
function frames(stent: (typeof METAL)[number]): { id: string; state: SampledState }[] {
  const timeline = timelineOf('stent', { stent, obstruction: 'distal' });
  const part = [0.35, 0.7].map((f) => ({ id: `deploy ${f * 100}%`, state: stateAt(timeline, 'deploy', f) }));
  return [...part, ...laterMoments(stent, 'distal').filter(({ id }) => id.endsWith('100%') || id === 'check')];
}

/** Points every unit along the polylines of a path. */
const dense = (d: string): Point[] => polylines(d).flatMap(everyUnit);

// Radiologist and illustrator (round 8, issue 8): past the papilla the metal stents fell apart. Braid strands and Z
// struts fanned out to the side well beyond the stent's edges, one into the pancreas, and the stent's body became a
// translucent parallelogram twice its width in D2. A stent is one tube: every strut and its body's outline lie within
// its own width of its axis, and nothing reaches past its end planes, in every frame of its release and after it.
describe('a metal stent stays inside its own tube, up to and past the papilla', () => {
  for (const stent of METAL)
    for (const view of VIEWS)
      it(`${stent}, ${view}: struts and body within the stent's width, none past its ends`, () => {
        for (const { id, state } of frames(stent)) {
          const placed = state.devices.find((d) => d.kind === `stent-${stent}`)!;
          const ctx = contextOf(state);
          const route = stentRoute(placed, ctx);
          const g = stentGeometry({ ...placed, route }, ctx, pxPerUnit(state), placed.route);
          // The widest the stent is within a few units of a place: a wire crossing a flare, or a bridge from an open
          // Z ring to one still in the sheath, spans a ring's gap (about 4 mm).
          const widest = (s: number) =>
            Math.max(...[-8, -4, 0, 4, 8].map((k) => g.widthAt(Math.max(g.proximal, Math.min(g.distal, s + k)))));
          const parts = sceneOf(state, view).devices.filter((p) => p.deviceId === placed.id);
          // Past the bowel's wall the stent's own inside is drawn, to its end: it reads as one tube.
          const lumen = parts.filter((p) => p.part === 'stent-lumen').flatMap((p) => dense(p.d));
          const end = pointAtLength(route, g.distal).point;
          const reach = Math.min(...lumen.map((p) => Math.hypot(p[0] - end[0], p[1] - end[1])));
          expect(reach, `${id}: the stent's inside drawn to its end (units)`).to.be.at.most(2);
          const checked = ['stent-wire', 'stent-body', 'stent-lumen'].map((name) => {
            const points = parts.filter((p) => p.part === name).flatMap((p) => dense(p.d));
            expect(points.length, `${id}: ${name} drawn`).to.be.greaterThan(4);
            const bad = points.filter((p) => {
              const { arc, distance } = nearestOnPolyline(route, p);
              if (arc > g.distal + 1 || arc < g.proximal - 1) return true;
              return distance > widest(arc) / 2 + SLACK;
            });
            const end = pointAtLength(route, g.distal);
            const past = points.filter(
              (p) => (p[0] - end.point[0]) * end.tangent[0] + (p[1] - end.point[1]) * end.tangent[1] > 1,
            );
            return { name, bad: [...bad, ...past] };
          });
          for (const { name, bad } of checked)
            expect(
              bad.length,
              `${id}: ${name} points outside the stent's own tube, e.g. ${bad.slice(0, 3).map((p) => p.map((v) => v.toFixed(1)).join(','))}`,
            ).to.equal(0);
        }
      });
});
