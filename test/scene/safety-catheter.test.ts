import { expect } from '@open-wc/testing';
import { nearestOnPolyline, pointAtLength, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import { stentGeometry } from '../../src/scene/devices/stent-geometry.js';
import { stentRoute } from '../../src/scene/devices/stent-route.js';
import { tubeWidth } from '../../src/scene/structure-paths.js';
import { anatomy, contextOf, polylines, pxPerUnit, sceneOf, stateAt, timelineOf } from './scene-at.js';

/** Units of the catheter's end, back from its tip (and whatever is drawn beyond it), that must lie in a duct. */
const END = 40;
/** Slack for the outline's stroke and sampling, units. */
const SLACK = 1.5;

// Illustrator F4: the safety catheter's pigtail, about 1.5 cm across, formed over both walls of the CBD (and,
// unformed, it ran on down inside the stent). The brief allows a small catheter above the stent.
describe('the safety catheter left above the stent lies inside the duct', () => {
  const ducts = anatomy.structures.filter((s) => s.kind === 'duct' && s.shape.type === 'tube');
  // hilar-3a: its tip reaches about 1 mm into the stent's upper end (the brief allows a catheter through the stent).
  for (const obstruction of ['distal', 'hilar-2'])
    for (const step of ['safety-drain', 'check'])
      it(`${obstruction}, ${step}: every drawn point near its tip is in a duct's lumen`, () => {
        const state = stateAt(timelineOf('stent', { stent: 'mesh', obstruction }), step, 1);
        const device = state.devices.find((d) => d.id === 'safety-drain')!;
        const ctx = contextOf(state);
        const stent = state.devices.find((d) => d.kind === 'stent-mesh')!;
        const top = stentGeometry({ ...stent, route: stentRoute(stent, ctx) }, ctx, pxPerUnit(state)).proximal;
        const top0 = pointAtLength(stent.route, top).point;
        const inDuct = (p: [number, number]) =>
          ducts.some((duct) => {
            if (duct.shape.type !== 'tube') return false;
            const spine = sampleSpline(duct.shape.centerline, 6);
            const near = nearestOnPolyline(spine, p);
            return near.distance <= tubeWidth(duct, near.arc / polylineLength(spine), ctx.stateOf(duct.id)) / 2 + SLACK;
          });
        let checked = 0;
        for (const part of sceneOf(state).devices.filter((p) => p.deviceId === device.id && p.part !== 'hub'))
          for (const run of polylines(part.d))
            for (const p of run) {
              const arc = nearestOnPolyline(device.route, p).arc;
              if (arc < device.tip - END || p.some(Number.isNaN)) continue;
              checked++;
              const where = p.map((v) => v.toFixed(1)).join(',');
              expect(inDuct(p), `${part.part} point ${where} outside every duct`).to.equal(true);
              // Above the stent, not down inside it: nearer the skin along the route than the stent's upper end.
              expect(arc, `${part.part} point ${where} past the stent's upper end ${top0}`).to.be.at.most(
                nearestOnPolyline(device.route, top0).arc + SLACK * 2,
              );
            }
        expect(checked, 'points checked').to.be.greaterThan(3);
      });
});
