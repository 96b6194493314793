import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { insidePolygon } from '../../src/model/geometry.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { anatomy, polylines, sceneAtEnd } from './scene-at.js';

const cases = [
  { procedure: 'ptcd', options: { approach: 'left' }, step: 'left-puncture' },
  { procedure: 'cholecystostomy', options: { approach: 'transhepatic' }, step: 'th-puncture' },
  { procedure: 'cholecystostomy', options: { approach: 'transperitoneal' }, step: 'tp-puncture' },
] as const;

describe('ultrasound guidance', () => {
  for (const { procedure, options, step } of cases)
    it(`${procedure} ${step}: the needle runs beside the probe, and a centre line marks the beam's aim`, () => {
      const parsed = parseProcedure(BUNDLED_PROCEDURES[procedure], anatomy, procedure);
      const { moment, scene } = sceneAtEnd(compileTimeline(parsed, anatomy, options as never), step);
      const body = polylines(scene.devices.find((p) => p.part === 'probe')!.d)[0]! as Point[];
      const needle = scene.devices.filter((p) => p.deviceId === 'needle' && ['metal', 'hub', 'bevel'].includes(p.part));
      expect(needle.length, 'the needle is drawn').to.be.greaterThan(0);
      for (const part of needle)
        for (const p of polylines(part.d).flat())
          expect(insidePolygon(p as Point, body), `${part.id} at ${p} inside the probe`).to.equal(false);
      const line = polylines(scene.devices.find((p) => p.part === 'scan-line')!.d)[0]!;
      const probe = moment.devices.find((d) => d.kind === 'ultrasound-probe')!;
      const aim = probe.route.at(-1)!;
      expect(Math.hypot(line.at(-1)![0] - aim[0], line.at(-1)![1] - aim[1]), 'ends at the aim').to.be.below(1);
    });
});
