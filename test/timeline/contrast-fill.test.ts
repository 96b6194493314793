import { expect } from '@open-wc/testing';
import type { ObstructionCase } from '../../src/model/obstruction-schema.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { ACCESS, anatomy, APPROACHES, atStepEnd, caseOf, cases, engulfed, filled, procedure } from './case-helpers.js';

const internalDrainage = procedure('internal-drainage');

describe('internal-drainage cholangiogram through the existing drain', () => {
  it('fills at least the punctured peripheral duct and its parent, for every obstruction case', () => {
    for (const c of cases) {
      for (const asked of APPROACHES) {
        const timeline = compileTimeline(internalDrainage, anatomy, { approach: asked, obstruction: c.id });
        const where = `${c.id} / asked ${asked} / used ${timeline.approach}`;
        const state = atStepEnd(timeline, 'cholangiogram');
        const [peripheral, parent] = ACCESS[timeline.approach]!;
        expect(filled(state.contrast[peripheral!]), `${where}: ${peripheral}`).to.equal(true);
        // A parent wholly inside the tumour (the left lateral duct in IIIb/IV) cannot fill.
        if (!engulfed(c, parent!)) expect(filled(state.contrast[parent!]), `${where}: ${parent}`).to.equal(true);
      }
    }
  });

  it('fills the drained side in the default (right) approach for every case, including hilar II–IV', () => {
    for (const c of cases) {
      const timeline = compileTimeline(internalDrainage, anatomy, { approach: 'right', obstruction: c.id });
      const state = atStepEnd(timeline, 'cholangiogram');
      const [peripheral, parent] = ACCESS[timeline.approach]!;
      expect(filled(state.contrast[peripheral!]), c.id).to.equal(true);
      expect(filled(state.contrast[parent!]), c.id).to.equal(true);
    }
  });

  it('stops at a malignant mass or sleeve: nothing below it and nothing in the duodenum', () => {
    const type1 = atStepEnd(
      compileTimeline(internalDrainage, anatomy, { approach: 'right', obstruction: 'hilar-1' }),
      'cholangiogram',
    );
    const top = caseOf('hilar-1').lesions[0]!.span[0];
    expect(type1.contrast['common-hepatic-duct']![1]).to.be.at.most(top + 1e-9);
    expect(type1.contrast['common-bile-duct']).to.equal(undefined);
    expect(type1.contrast['duodenum']).to.equal(undefined);
    const distal = atStepEnd(
      compileTimeline(internalDrainage, anatomy, { approach: 'right', obstruction: 'distal' }),
      'cholangiogram',
    );
    expect(distal.contrast['common-bile-duct']![1]).to.be.at.most(caseOf('distal').lesions[0]!.span[0] + 1e-9);
    expect(distal.contrast['duodenum']).to.equal(undefined);
  });
});

describe('benign ring stricture', () => {
  it('lets contrast through the ring at the hepaticojejunostomy into the Roux limb (no CBD, no papilla)', () => {
    for (const approach of APPROACHES) {
      const timeline = compileTimeline(internalDrainage, anatomy, { approach, obstruction: 'benign-anastomotic' });
      const state = atStepEnd(timeline, 'cholangiogram');
      expect(state.contrast['common-hepatic-duct'], approach).to.deep.equal([0, 1]);
      expect(state.contrast['common-bile-duct'], approach).to.equal(undefined);
      expect(filled(state.contrast['roux-limb']), approach).to.equal(true);
      // It is still a stricture: the ducts above stay dilated and the ring stays narrow.
      expect(state.dilation['right-hepatic-duct']!, approach).to.be.greaterThan(0.5);
      expect(state.lesions![0]!.patency, approach).to.equal(caseOf('benign-anastomotic').lesions[0]!.patency);
    }
  });

  it('stops contrast when the same narrowing is a sleeve (the kind, not the patency, decides)', () => {
    const ring = caseOf('benign-anastomotic');
    const sleeve: ObstructionCase = { ...ring, lesions: ring.lesions.map((l) => ({ ...l, kind: 'sleeve' as const })) };
    const state = atStepEnd(
      compileTimeline(internalDrainage, anatomy, { approach: 'right', obstruction: sleeve }),
      'cholangiogram',
    );
    expect(state.contrast['common-hepatic-duct']![1]).to.be.at.most(ring.lesions[0]!.span[0] + 1e-9);
    expect(state.contrast['roux-limb']).to.equal(undefined);
    expect(state.contrast['duodenum']).to.equal(undefined);
  });
});
