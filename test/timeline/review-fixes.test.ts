import { expect } from '@open-wc/testing';
import { arcTo, pointOnDuct } from './route-helpers.js';
import type { Point } from '../../src/model/anatomy-schema.js';
import { bundledObstructions } from '../../src/model/bundled-obstructions.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { distance } from '../../src/model/geometry.js';
import type { ObstructionCase } from '../../src/model/obstruction-schema.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { STENT_NAMES } from '../../src/model/stent-names.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { drainSideOf } from '../../src/timeline/obstruction-setup.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import type { Timeline } from '../../src/timeline/timeline-types.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
const cases = bundledObstructions(anatomy).cases;
const caseOf = (id: string) => cases.find((c) => c.id === id)!;
const procedure = (name: keyof typeof BUNDLED_PROCEDURES) =>
  parseProcedure(BUNDLED_PROCEDURES[name], anatomy, `${name}.json`);
const internalDrainage = procedure('internal-drainage');
const APPROACHES = ['right', 'left'] as const;
/** The punctured peripheral duct and its parent, per approach. */
const ACCESS = { right: ['segment-6-duct', 'right-posterior-duct'], left: ['segment-3-duct', 'left-lateral-duct'] };

const pointOn = (duct: string, f: number): Point => pointOnDuct(anatomy, duct, f);
const filled = (span: readonly [number, number] | undefined) => span !== undefined && span[1] - span[0] > 0.05;
/** Whether a duct lies wholly inside one of the case's lesions. */
const engulfed = (c: ObstructionCase, duct: string) =>
  c.lesions.some((l) => l.duct === duct && l.span[0] <= 0 && l.span[1] >= 1);
const atStepEnd = (timeline: Timeline, id: string) =>
  sampleTimeline(
    timeline,
    stepEndTime(
      timeline,
      timeline.steps.findIndex((s) => s.id === id),
    ),
  );

describe('internal-drainage cholangiogram through the existing drain', () => {
  it('fills at least the punctured peripheral duct and its parent, for every obstruction case', () => {
    for (const c of cases) {
      for (const asked of APPROACHES) {
        const timeline = compileTimeline(internalDrainage, anatomy, { approach: asked, obstruction: c.id });
        const where = `${c.id} / asked ${asked} / used ${timeline.approach}`;
        const state = atStepEnd(timeline, 'cholangiogram');
        const [peripheral, parent] = ACCESS[timeline.approach];
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
      const [peripheral, parent] = ACCESS[timeline.approach];
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

describe('drain pigtails', () => {
  it('coil upstream of every lesion: a drain that does not cross keeps tip + 30 u above the lesions on its route', () => {
    for (const name of Object.keys(BUNDLED_PROCEDURES) as (keyof typeof BUNDLED_PROCEDURES)[]) {
      const parsed = procedure(name);
      for (const c of cases)
        for (const stent of STENT_NAMES)
          for (const approach of APPROACHES) {
            const timeline = compileTimeline(parsed, anatomy, { approach, obstruction: c.id, stent });
            for (let i = 0; i < timeline.steps.length; i++) {
              const state = sampleTimeline(timeline, stepEndTime(timeline, i));
              for (const d of state.devices) {
                if (d.kind !== 'drain' && d.kind !== 'internal-external-drain') continue;
                const tops = c.lesions
                  .map((l) => arcTo(d.route, pointOn(l.duct, l.span[0])))
                  .filter((a): a is number => a !== null);
                if (!tops.length || d.tip >= Math.min(...tops)) continue; // crosses (or meets no lesion)
                for (const top of tops)
                  expect(
                    d.tip + 30,
                    `${name} / ${c.id} / ${stent} / ${approach} / ${timeline.steps[i]!.id} / ${d.id}`,
                  ).to.be.at.most(top);
              }
            }
          }
    }
  });
});

describe('drain side of a case (brief §4.1)', () => {
  const TABLE: [string, 'right' | 'left', 'right' | 'left'][] = [
    ['hilar-3a', 'right', 'left'],
    ['hilar-3a', 'left', 'left'],
    ['hilar-3b', 'left', 'right'],
    ['hilar-3b', 'right', 'right'],
    ['hilar-4', 'right', 'right'],
    ['hilar-4', 'left', 'left'],
    ['hilar-2', 'left', 'left'],
    ['hilar-1', 'left', 'left'],
    ['distal', 'left', 'left'],
    ['distal', 'right', 'right'],
    ['benign-anastomotic', 'left', 'left'],
  ];
  for (const [id, asked, used] of TABLE) {
    it(`${id}: asked ${asked}, drains from the ${used}`, () => {
      for (const name of Object.keys(BUNDLED_PROCEDURES) as (keyof typeof BUNDLED_PROCEDURES)[]) {
        const parsed = procedure(name);
        if (!parsed.options.approach.values.includes(used)) continue;
        const timeline = compileTimeline(parsed, anatomy, { approach: asked, obstruction: id, stent: 'plastic' });
        expect(timeline.approach, name).to.equal(used);
        // The access really is on that side: the first device (not a type IV second drain) enters at that side's skin entry.
        const first = sampleTimeline(timeline, timeline.duration / 2).devices.find((d) => !d.id.endsWith('-2'));
        if (first) {
          const entry = anatomy.byId.get(`${used}-entry`)!.shape;
          if (entry.type === 'point') expect(distance(first.route[0]!, entry.at), name).to.be.lessThan(1);
        }
      }
    });
  }

  it('forces a side only for IIIa (left) and IIIb (right)', () => {
    expect(Object.fromEntries(cases.map((c) => [c.id, drainSideOf(c) ?? null]))).to.deep.equal({
      distal: null,
      'hilar-1': null,
      'hilar-2': null,
      'hilar-3a': 'left',
      'hilar-3b': 'right',
      'hilar-4': null,
      'benign-anastomotic': null,
    });
  });
});

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
          for (const duct of ACCESS[timeline.approach].filter((id) => !engulfed(c, id))) {
            expect(before.dilation[duct]!, `${where}: ${duct} dilated before`).to.be.greaterThan(0.5);
            expect(end.dilation[duct]!, `${where}: ${duct} decompressed`).to.be.lessThan(before.dilation[duct]!);
          }
        }
      }
  });
});
