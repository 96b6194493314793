import { expect } from '@open-wc/testing';
import { anatomy, APPROACHES, caseOf, procedure } from './case-helpers.js';
import { checkSuitability } from '../../src/model/check-suitability.js';
import { STENT_NAMES } from '../../src/model/stent-names.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';

/** After a hepaticojejunostomy bile drains into the Roux jejunal limb: no step may send it to the duodenum. */
describe('hepaticojejunostomy case wording', () => {
  const HJ = 'benign-anastomotic';
  /** The case summary rightly says there is no papilla; the test is about what the steps add. */
  const summary = caseOf(HJ).summary.clinician;

  it('never names the duodenum, D2 or the papilla in any suitable procedure', () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const name of Object.keys(BUNDLED_PROCEDURES)) {
      const parsed = procedure(name);
      for (const stent of STENT_NAMES) {
        if (checkSuitability(parsed, HJ, { stent }) !== null) continue;
        for (const approach of APPROACHES) {
          const timeline = compileTimeline(parsed, anatomy, { approach, obstruction: HJ, stent });
          if (timeline.obstruction !== HJ) continue;
          for (const s of timeline.steps) {
            const text = [s.title, s.patientTitle, s.clinician.replace(summary, ''), s.patient].join(' ');
            if (/duoden|\bD2\b|papill/i.test(text)) wrong.push(`${name} ${stent} ${approach} ${s.id}: ${text}`);
            if (s.labels.includes('duodenum')) wrong.push(`${name} ${stent} ${approach} ${s.id}: duodenum label`);
            checked += 1;
          }
        }
      }
    }
    expect(wrong).to.deep.equal([]);
    expect(checked).to.be.greaterThan(30);
  });

  it('keeps the duodenal wording for a distal block', () => {
    const timeline = compileTimeline(procedure('internal-drainage'), anatomy, {
      approach: 'right',
      obstruction: 'distal',
    });
    expect(timeline.steps.find((s) => s.id === 'internal-external-drain')!.clinician).to.contain('duodenum (D2)');
  });
});
