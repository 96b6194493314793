import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { UNITS_PER_LENGTH_MM, UNITS_PER_MM } from '../../src/model/device-specs.js';
import {
  distanceToPolyline,
  insidePolygon,
  nearestOnPolyline,
  pointAtLength,
  sampleSpline,
} from '../../src/model/geometry.js';
import { STENT_SPECS } from '../../src/model/stent-specs.js';
import { stentGeometry } from '../../src/scene/devices/stent-geometry.js';
import { stentRoute } from '../../src/scene/devices/stent-route.js';
import type { SampledState } from '../../src/timeline/timeline-types.js';
import { anatomy, contextOf, everyUnit, laterMoments, polylines, pxPerUnit, sceneOf } from './scene-at.js';

const STENTS = ['mesh', 'z', 'spiral', 'plastic'] as const;
const VIEWS = ['illustration', 'fluoroscopy'] as const;
const duodenum = anatomy.byId.get('duodenum')!.shape;
const mark = anatomy.byId.get('major-papilla')!.shape;
if (duodenum.type !== 'tube' || mark.type !== 'point') throw new Error('duodenum, papilla');
const papilla = mark.at;
const bowel = sampleSpline(duodenum.centerline);
/** The D2 lumen: the bowel's tube inside its drawn wall strip (about 0.7 mm), as the other stent-end rules take it. */
const lumen = duodenum.diameter.normal / 2 - 3;

/** Every strut of a stent as drawn, sampled each unit along it (a plastic stent: its tube's line and its flaps). */
function struts(state: SampledState, stent: (typeof STENTS)[number], view: (typeof VIEWS)[number]): Point[] {
  const placed = state.devices.find((d) => d.kind === `stent-${stent}`)!;
  const names = stent === 'plastic' ? ['plastic', 'flaps'] : ['stent-wire'];
  return sceneOf(state, view)
    .devices.filter((p) => p.deviceId === placed.id && names.includes(p.part))
    .flatMap((p) => polylines(p.d))
    .flatMap(everyUnit);
}

/** The moments a reviewer looks at: the end of the deploy step and the check cholangiogram. */
const moments = (stent: (typeof STENTS)[number]) =>
  laterMoments(stent, 'distal').filter(({ id }) => id.endsWith('100%') || id === 'check');

// Radiologist and illustrator (round 7, issue 8): at the papilla the metal stents' ends looked broken: braid loops
// hung out of the duct into the pancreatic head, the last Z ring had a "foot" in the pancreas, the spiral's last
// turn ran past the tube's walls. A stent's struts end at its own end plane, and past the papilla each lies in the
// common bile duct, in the D2 lumen, or through the papilla itself (one stent radius around it).
describe('a transpapillary stent keeps its struts to the duct and the D2 lumen', () => {
  for (const stent of STENTS)
    for (const view of VIEWS)
      it(`${stent}, ${view}: no strut past the stent's end plane, none in the pancreas`, () => {
        const found = moments(stent);
        expect(found.length, 'deploy end and check').to.equal(2);
        for (const { id, state } of found) {
          const placed = state.devices.find((d) => d.kind === `stent-${stent}`)!;
          const ctx = contextOf(state);
          const route = stentRoute(placed, ctx);
          const g = stentGeometry({ ...placed, route }, ctx, pxPerUnit(state), placed.route);
          const { point: end, tangent } = pointAtLength(route, g.distal);
          const at = nearestOnPolyline(route, papilla).arc;
          const outline = sceneOf(state)
            .paths.filter((p) => p.structureId === 'common-bile-duct' && p.paint === 'tube')
            .flatMap((p) => polylines(p.d).flat());
          const passage = (STENT_SPECS[stent].openMm * UNITS_PER_MM) / 2 + 2;
          const points = struts(state, stent, view);
          expect(points.length, `${id}: struts drawn`).to.be.greaterThan(4);
          for (const p of points) {
            const past = (p[0] - end[0]) * tangent[0] + (p[1] - end[1]) * tangent[1];
            // Within a unit: the wire's own width at a lecture's zoom.
            expect(past, `${id}: strut ${p} past the end plane (units)`).to.be.at.most(1);
            // Above the papilla's last 5 mm the duct rules hold the stent (stent-free-end, stent-drawn-end).
            if (nearestOnPolyline(route, p).arc < at - 5 * UNITS_PER_LENGTH_MM) continue;
            if (Math.hypot(p[0] - papilla[0], p[1] - papilla[1]) <= passage) continue;
            const inDuct = insidePolygon(p, outline) || distanceToPolyline(p, outline) <= 1.5;
            const inLumen = nearestOnPolyline(bowel, p).distance <= lumen + 1;
            expect(inDuct || inLumen, `${id}: strut ${p.map((v) => v.toFixed(1))} in the duct or D2`).to.equal(true);
          }
        }
      });
});
