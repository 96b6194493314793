import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { checkSuitability } from '../../src/model/check-suitability.js';
import { loopRadius } from '../../src/model/device-specs.js';
import { distanceToPolyline, insidePolygon } from '../../src/model/geometry.js';
import { pigtailLoop } from '../../src/scene/devices/pigtail-loop.js';
import { lesionPath, momentLesions } from '../../src/scene/lesion-path.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import { anatomy, APPROACHES, cases, procedure } from '../timeline/case-helpers.js';

/** The outline points of an SVG path of M/L commands. */
const pointsOf = (d: string): Point[] => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [+m[1]!, +m[2]!]);

// Radiologist A6: in Bismuth type I the confluence is spared, so a drain's locked loop belongs in patent duct,
// never in the tumour's tint.
describe('a drain pigtail that does not cross never coils in a tumour', () => {
  for (const c of cases.filter((x) => x.malignant)) {
    it(c.id, () => {
      for (const name of Object.keys(BUNDLED_PROCEDURES)) {
        const parsed = procedure(name);
        if (checkSuitability(parsed, c.id, { stent: 'plastic' }) !== null) continue;
        for (const approach of APPROACHES) {
          const timeline = compileTimeline(parsed, anatomy, { approach, obstruction: c.id, stent: 'plastic' });
          for (let i = 0; i < timeline.steps.length; i++) {
            const state = sampleTimeline(timeline, stepEndTime(timeline, i));
            const tumours = momentLesions(state)
              .map((l, k) => lesionPath(l, anatomy.byId.get(l.duct)!, { dilation: 1, minWidth: 0 }, k))
              .filter((p) => p?.paint === 'lesion')
              .map((p) => pointsOf(p!.d));
            for (const d of state.devices) {
              if (d.kind !== 'drain' || d.curl < 0.5) continue;
              const loop = pigtailLoop(d.route, d.tip, d.curl, undefined, loopRadius(d.kind)).slice(8);
              const where = `${name} / ${approach} / ${timeline.steps[i]!.id} / ${d.id}`;
              for (const t of tumours)
                for (const p of loop)
                  expect(
                    insidePolygon(p, t) || distanceToPolyline(p, [...t, t[0]!]) < 2,
                    `${where}: loop at ${p.map(Math.round).join(',')}`,
                  ).to.equal(false);
            }
          }
        }
      }
    });
  }
});
