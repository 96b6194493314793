import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { UNITS_PER_LENGTH_MM } from '../../src/model/device-specs.js';
import { nearestOnPolyline, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import { tubeWidth } from '../../src/scene/structure-paths.js';
import { anatomy, contextOf, polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

/** Slack for the outline's stroke and sampling, in units. */
const SLACK = 1.5;

describe('transpapillary self-expanding stents', () => {
  const cbd = anatomy.byId.get('common-bile-duct')!;
  if (cbd.shape.type !== 'tube') throw new Error('common bile duct');
  const spine = sampleSpline(cbd.shape.centerline, 6);
  const total = polylineLength(spine);
  const end = spine[spine.length - 1]!;
  const back = spine.find((_, i) => polylineLength(spine.slice(i)) <= 12)!;
  const axis: Point = [end[0] - back[0], end[1] - back[1]];
  const unit: Point = [axis[0] / Math.hypot(...axis), axis[1] / Math.hypot(...axis)];

  for (const stent of ['mesh', 'z', 'spiral'] as const)
    for (const fraction of [0.7, 1])
      it(`${stent} at ${fraction * 100}%: every outline point lies in the duct lumen or in a coaxial 5–10 mm stub into D2`, () => {
        const state = stateAt(timelineOf('stent', { stent, obstruction: 'distal' }), 'deploy', fraction);
        const duct = contextOf(state).stateOf('common-bile-duct');
        const radiusAtEnd = tubeWidth(cbd, 1, duct) / 2;
        const device = state.devices.find((d) => d.kind === `stent-${stent}`)!;
        const parts = sceneOf(state).devices.filter(
          (p) => p.deviceId === device.id && (p.part === 'stent-body' || p.part === 'stent-wire'),
        );
        expect(parts.length).to.be.at.least(1);
        let furthest = 0;
        for (const part of parts)
          for (const run of polylines(part.d))
            for (const p of run) {
              const near = nearestOnPolyline(spine, p);
              const along = (p[0] - end[0]) * unit[0] + (p[1] - end[1]) * unit[1];
              if (along <= 0 && near.distance <= tubeWidth(cbd, near.arc / total, duct) / 2 + SLACK) continue;
              const across = Math.abs((p[0] - end[0]) * unit[1] - (p[1] - end[1]) * unit[0]);
              expect(across, `${part.part} point ${p} off the duct axis past the papilla`).to.be.at.most(
                radiusAtEnd + SLACK,
              );
              expect(along / UNITS_PER_LENGTH_MM, `${part.part} point ${p} beyond the papilla (mm)`).to.be.at.most(
                10.5,
              );
              furthest = Math.max(furthest, along);
            }
        if (fraction === 1) expect(furthest / UNITS_PER_LENGTH_MM, 'protrusion into D2 (mm)').to.be.within(4.5, 10.5);
      });
});
