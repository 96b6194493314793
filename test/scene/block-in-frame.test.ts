import { expect } from '@open-wc/testing';
import { pointAtLength, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { momentLesions } from '../../src/scene/lesion-path.js';
import { caseOf, cases } from '../timeline/case-helpers.js';
import { anatomy, stateAt, timelineOf } from './scene-at.js';

/** Words by which a step's own caption (not the case summary it quotes) points at the lesion. */
const NAMES_BLOCK = /\b(block|obstruction)\b/i;

describe('a step whose caption names the block shows it', () => {
  for (const procedure of Object.keys(BUNDLED_PROCEDURES)) {
    for (const { id: obstruction } of cases) {
      for (const approach of ['right', 'left'] as const) {
        it(`${procedure}, ${obstruction}, ${approach}: the lesion is in the frame`, () => {
          const timeline = timelineOf(procedure, { obstruction, approach });
          if (timeline.obstruction !== obstruction) return;
          const missed: string[] = [];
          for (const step of timeline.steps) {
            // The case summary ({obstruction}) comes with the overview; only the step's own words count.
            const own = step.clinician.replace(caseOf(obstruction).summary.clinician, '');
            if (!NAMES_BLOCK.test(own)) continue;
            const state = stateAt(timeline, step.id, 1);
            const { x, y, w, h } = state.camera;
            // In a hilar case with a lesion on each side, each side's device meets its own: one lesion in frame will do.
            const seen = momentLesions(state).filter((lesion) => {
              const duct = anatomy.byId.get(lesion.duct)!.shape;
              if (duct.type !== 'tube') return false;
              const spine = sampleSpline(duct.centerline);
              const length = polylineLength(spine);
              // A tumour that fills a whole duct is shown by the part of it at the hilum: any of the span will do.
              return [0, 0.25, 0.5, 0.75, 1].some((f) => {
                const along = (lesion.span[0] + f * (lesion.span[1] - lesion.span[0])) * length;
                const [px, py] = pointAtLength(spine, along).point;
                return px >= x && px <= x + w && py >= y && py <= y + h;
              });
            });
            if (seen.length === 0) missed.push(step.id);
          }
          expect(missed).to.deep.equal([]);
        });
      }
    }
  }
});
