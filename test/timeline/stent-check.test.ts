import { expect } from '@open-wc/testing';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline } from '../../src/timeline/sample-timeline.js';
import { STENT_NAMES } from '../../src/model/stent-names.js';
import { ACCESS, anatomy, APPROACHES, cases, engulfed, filled, procedure } from './case-helpers.js';

describe('stent check cholangiogram', () => {
  const stent = procedure('stent');
  it('reaches the duodenum beyond the stent, and the drained ducts are narrower than before deployment', () => {
    for (const c of cases)
      for (const type of STENT_NAMES) {
        if (!c.malignant && type !== 'plastic') continue;
        for (const approach of APPROACHES) {
          const timeline = compileTimeline(stent, anatomy, { approach, obstruction: c.id, stent: type });
          const where = `${c.id} / ${type} / ${timeline.approach}`;
          const deploy = timeline.steps.find((s) => s.id.startsWith('deploy'))!;
          expect(timeline.steps.at(-1)!.id, where).to.equal('check');
          const before = sampleTimeline(timeline, deploy.start);
          const end = sampleTimeline(timeline, timeline.duration);
          expect(filled(end.contrast[c.anatomy ? 'roux-limb' : 'duodenum']), where).to.equal(true);
          // The drained side (a duct wholly inside the tumour, e.g. the left lateral duct in type IV, is not dilated).
          for (const duct of ACCESS[timeline.approach]!.filter((id) => !engulfed(c, id))) {
            expect(before.dilation[duct]!, `${where}: ${duct} dilated before`).to.be.greaterThan(0.5);
            expect(end.dilation[duct]!, `${where}: ${duct} decompressed`).to.be.lessThan(before.dilation[duct]!);
          }
        }
      }
  });
});
