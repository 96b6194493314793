import { expect } from '@open-wc/testing';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import { STENT_NAMES } from '../../src/model/stent-names.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { drainSideOf } from '../../src/timeline/obstruction-setup.js';
import { distance, distanceToPolyline, sampleSpline } from '../../src/model/geometry.js';
import { loopCentre } from '../../src/model/loop-centre.js';
import { deviceWidth, loopRadius } from '../../src/model/device-specs.js';
import { anatomy, APPROACHES, arcTo, cases, pointOn, procedure } from './case-helpers.js';

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

describe('a drain’s locked loop', () => {
  it('keeps the duct it lies in as wide as the loop while the ducts decompress round it, where the duct can take it', () => {
    const tubes = anatomy.structures.filter((s) => s.shape.type === 'tube' && s.kind === 'duct');
    let checked = 0;
    for (const name of Object.keys(BUNDLED_PROCEDURES) as (keyof typeof BUNDLED_PROCEDURES)[]) {
      const parsed = procedure(name);
      for (const c of cases)
        for (const approach of APPROACHES) {
          const timeline = compileTimeline(parsed, anatomy, { approach, obstruction: c.id, stent: 'plastic' });
          for (let i = 0; i < timeline.steps.length; i++) {
            const state = sampleTimeline(timeline, stepEndTime(timeline, i));
            for (const d of state.devices) {
              if (d.curl < 1) continue;
              const r = loopRadius(d.kind);
              const outer = 2 * r + deviceWidth(d.kind, Infinity);
              const centre = loopCentre(d.route, d.tip, r);
              for (const s of tubes) {
                if (s.shape.type !== 'tube') continue;
                const { normal, dilated } = s.shape.diameter;
                if (dilated < outer) continue;
                if (distanceToPolyline(centre, sampleSpline(s.shape.centerline)) > dilated / 2) continue;
                const dilation = state.dilation[s.id] ?? state.defaultDilation;
                checked++;
                expect(
                  normal + (dilated - normal) * dilation,
                  `${name} / ${c.id} / ${approach} / ${timeline.steps[i]!.id}: ${s.id} round ${d.id}'s loop`,
                ).to.be.at.least(outer - 0.5);
              }
            }
          }
        }
    }
    expect(checked, 'loops checked in a duct that can take them').to.be.greaterThan(20);
  });
});
