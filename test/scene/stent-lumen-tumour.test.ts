import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { pointAtLength } from '../../src/model/geometry.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { checkSuitability } from '../../src/model/check-suitability.js';
import { OBSTRUCTION_NAMES } from '../../src/model/obstruction-names.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { STENT_NAMES } from '../../src/model/stent-names.js';
import { STENT_KINDS } from '../../src/scene/devices/stent-parts.js';
import { fills } from './path-fill.js';
import { anatomy, laterMoments, sceneOf } from './scene-at.js';

const parsed = parseProcedure(BUNDLED_PROCEDURES.stent, anatomy, 'stent.json');

/**
 * A stent placed through a tumour holds its lumen open: on the day it is placed the lumen is contrast (or bile),
 * never tumour. Tumour inside the mesh is the picture of late occlusion by ingrowth (review A3).
 */
describe('the lumen of a stent through a tumour', () => {
  for (const obstruction of OBSTRUCTION_NAMES) {
    if (checkSuitability(parsed, obstruction)) continue;
    for (const stent of STENT_NAMES)
      it(`${obstruction}, ${stent}: the tumour is painted under the stented lumen, not over it`, () => {
        for (const { id, state } of laterMoments(stent, obstruction)) {
          const scene = sceneOf(state);
          const paths = scene.paths;
          const lesions = paths.filter((p) => p.paint === 'lesion');
          const covered: string[] = [];
          for (const device of state.devices.filter((d) => STENT_KINDS.has(d.kind) && d.opacity > 0)) {
            for (let s = device.tail + 2; s <= device.tip - 2; s += 2) {
              const at: Point = pointAtLength(device.route, s).point;
              if (!lesions.some((l) => fills(l.d, at))) continue;
              const top = [...paths]
                .reverse()
                .find((p) => ['lesion', 'contrast', 'tube'].includes(p.paint) && fills(p.d, at));
              if (top?.paint === 'lesion') covered.push(`${device.id} at ${at.map((v) => v.toFixed(0)).join(',')}`);
            }
          }
          expect(covered, `${id}: tumour painted over the stent lumen`).to.deep.equal([]);
        }
      });
  }
});
