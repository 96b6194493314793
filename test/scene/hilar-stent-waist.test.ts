import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { UNITS_PER_MM } from '../../src/model/device-specs.js';
import { nearestOnPolyline, pointAtLength, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import { STENT_SPECS } from '../../src/model/stent-specs.js';
import { stentGeometry } from '../../src/scene/devices/stent-parts.js';
import { stentRoute } from '../../src/scene/devices/stent-route.js';
import { tubeWidth } from '../../src/scene/structure-paths.js';
import { fills } from './path-fill.js';
import { anatomy, contextOf, laterMoments, pxPerUnit, sceneOf } from './scene-at.js';

const ducts = anatomy.structures.flatMap((d) =>
  d.kind === 'duct' && d.shape.type === 'tube' ? [{ duct: d, spine: sampleSpline(d.shape.centerline, 8) }] : [],
);

/** The least a metal stent across a hilar tumour may draw, as a share of its open calibre (radiologist N4). */
const LEAST = 0.5;

describe('a hilar type IV stent keeps a real diameter inside the tumour (radiologist N4, illustrator A2)', () => {
  for (const stent of ['spiral', 'mesh'] as const)
    for (const view of ['illustration', 'fluoroscopy'] as const)
      it(`${stent}, ${view}: every stent's drawn body spans ≥ 50% of its open calibre at each point inside the tumour`, () => {
        const nominal = STENT_SPECS[stent].openMm * UNITS_PER_MM;
        let checked = 0;
        for (const { id, state } of laterMoments(stent, 'hilar-4')) {
          const ctx = contextOf(state);
          const scene = sceneOf(state, view);
          const tumour = scene.paths.filter((p) => p.paint === 'lesion');
          expect(tumour.length, `${id}: a drawn tumour`).to.be.at.least(1);
          for (const device of state.devices.filter((d) => d.kind === `stent-${stent}` && d.opacity > 0)) {
            const route = stentRoute(device, ctx);
            const g = stentGeometry({ ...device, route }, ctx, pxPerUnit(state));
            if (g.released < 1) continue;
            const body = scene.devices.find((p) => p.deviceId === device.id && p.part === 'stent-body');
            expect(body, `${id}: ${device.id} draws a body`).to.not.equal(undefined);
            for (let s = g.proximal + 2; s <= g.distal - 2; s += 3) {
              const { point, tangent } = pointAtLength(route, s);
              if (!tumour.some((t) => fills(t.d, point))) continue;
              checked++;
              // Both edges of a band half the open calibre wide (less a hair) lie inside the drawn body.
              const half = (LEAST * nominal * 0.96) / 2;
              const side = (k: number): Point => [point[0] - tangent[1] * k * half, point[1] + tangent[0] * k * half];
              const where = `${id}: ${device.id} at ${s.toFixed(0)} (drawn ${((100 * g.widthAt(s)) / nominal).toFixed(0)}% of its calibre)`;
              expect(fills(body!.d, side(1)) && fills(body!.d, side(-1)), where).to.equal(true);
              // The duct it lies in is drawn (with its contrast) opened around it, not squeezed shut under it.
              const lumen = Math.max(
                ...ducts.map(({ duct, spine }) => {
                  const near = nearestOnPolyline(spine, point);
                  if (near.distance > 4) return 0;
                  return tubeWidth(duct, near.arc / polylineLength(spine), ctx.stateOf(duct.id));
                }),
              );
              expect(lumen, `${where}: the duct's lumen`).to.be.at.least(LEAST * nominal * 0.96);
            }
          }
        }
        expect(checked, 'stent points inside the tumour').to.be.at.least(40);
      });
});
