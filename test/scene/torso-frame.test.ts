import { expect } from '@open-wc/testing';
import { bundledObstructions } from '../../src/model/bundled-obstructions.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { anatomy, sceneAtEnd } from './scene-at.js';

// Review (session 19): on a patient's phone the close-up's frame ran off the foot of the torso (a stent at the
// distal bile duct), as if the view were below the body.
describe('a patient’s torso locator', () => {
  for (const procedure of Object.keys(BUNDLED_PROCEDURES))
    it(`${procedure}: holds each close-up's frame inside the body's picture, at every step of every case`, () => {
      const faults: string[] = [];
      let shown = 0;
      const parsed = parseProcedure(BUNDLED_PROCEDURES[procedure], anatomy, procedure);
      const approaches = parsed.options.approach.values;
      for (const c of bundledObstructions().cases)
        for (const approach of approaches) {
          let timeline;
          try {
            timeline = compileTimeline(parsed, anatomy, { obstruction: c.id, approach, stent: 'mesh' });
          } catch {
            continue;
          }
          for (const step of timeline.steps) {
            const { scene } = sceneAtEnd(timeline, step.id, { width: 360, audience: 'patient' });
            const l = scene.locator;
            if (!l?.torso) continue;
            shown++;
            const { frame: f, view: v } = l;
            if (v.x < f.x || v.y < f.y || v.x + v.w > f.x + f.w || v.y + v.h > f.y + f.h)
              faults.push(`${c.id} ${approach} ${step.id}: view ${[v.x, v.y, v.w, v.h].map(Math.round)}`);
          }
        }
      expect(shown, 'torso locators shown').to.be.greaterThan(0);
      expect(faults).to.deep.equal([]);
    });
});
