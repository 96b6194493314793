import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distanceToPolyline } from '../../src/model/geometry.js';
import { polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

const centre = (band: Point[]): Point => {
  const corners = band.slice(0, 4);
  return [
    corners.reduce((s, p) => s + p[0], 0) / corners.length,
    corners.reduce((s, p) => s + p[1], 0) / corners.length,
  ];
};

// Illustrator N7 (round 5): mid-deployment a dark bar floated in D2 at the delivery system's tip, off the wire, with
// no catheter drawn to it. The radiopaque bands belong on the delivery catheter's inner shaft, which rides the wire.
describe("a delivery system's marker bands sit on its drawn shaft, on the wire", () => {
  for (const stent of ['mesh', 'z', 'spiral'] as const)
    for (const view of ['illustration', 'fluoroscopy'] as const)
      it(`${stent}, ${view}: at 10, 35 and 70 % every band lies on the drawn inner shaft and the wire`, () => {
        const timeline = timelineOf('stent', { stent, obstruction: 'distal' });
        for (const fraction of [0.1, 0.35, 0.7]) {
          const state = stateAt(timeline, 'deploy', fraction);
          const device = state.devices.find((d) => d.kind === `stent-${stent}`)!;
          const parts = sceneOf(state, view).devices;
          const own = parts.filter((p) => p.deviceId === device.id);
          const shafts = own.filter((p) => p.part === 'casing');
          const wires = parts.filter((p) => p.part === 'wire');
          const bands = own.filter((p) => p.part === 'marker').flatMap((p) => polylines(p.d));
          expect(bands.length, `${fraction}: bands`).to.equal(2);
          expect(shafts.length, `${fraction}: shaft`).to.equal(1);
          expect(wires.length, `${fraction}: wire`).to.be.at.least(1);
          for (const band of bands) {
            const c = centre(band);
            const onShaft = Math.min(...polylines(shafts[0]!.d).map((l) => distanceToPolyline(c, l)));
            expect(onShaft, `${fraction}: band ${c} on the shaft`).to.be.at.most(shafts[0]!.width / 2);
            // The wire's path also holds its floppy tip's curves: its straight runs are enough here.
            const runs = wires.flatMap((w) => polylines(w.d).map((l) => l.filter((p) => p.every(Number.isFinite))));
            const onWire = Math.min(...runs.filter((l) => l.length > 1).map((l) => distanceToPolyline(c, l)));
            expect(onWire, `${fraction}: band ${c} on the wire`).to.be.at.most(shafts[0]!.width / 2);
          }
        }
      });
});
