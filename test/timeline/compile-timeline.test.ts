import { expect } from '@open-wc/testing';
import ptcd from '../../data/procedures/ptcd.json';
import type { Point } from '../../src/model/anatomy-schema.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { distance } from '../../src/model/geometry.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline, stepAt, stepEndTime } from '../../src/timeline/sample-timeline.js';
import type { SampledState, Timeline } from '../../src/timeline/timeline-types.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
const at = (id: string): Point => {
  const shape = anatomy.byId.get(id)!.shape;
  if (shape.type !== 'point') throw new Error(id);
  return shape.at;
};
const text = { clinician: 'c', patient: 'p', guidance: 'fluoroscopy', camera: 'overview', labels: [] };

/** Small procedure whose times follow from the `at` rules by hand. */
const fixture = {
  id: 'fixture',
  title: 'Fixture',
  sources: ['S1'],
  options: { approach: { values: ['right', 'left'], default: 'right' } },
  routes: {
    straight: ['right-entry', 'right-target', 'right-deep-pass'],
    scan: { left: ['left-entry', 'left-target'] },
  },
  steps: [
    {
      id: 'one',
      title: 'One',
      ...text,
      duration: 4000,
      actions: [
        {
          type: 'advance',
          device: 'needle',
          kind: 'chiba-needle',
          route: 'straight',
          to: 'right-target',
          at: 500,
          duration: 1000,
        },
        { type: 'advance', device: 'wire', kind: 'wire-018', route: 'straight', to: 0.5, at: '<', duration: 800 },
        { type: 'withdraw', device: 'needle', to: 0.25, at: '+200', duration: 1000 },
        { type: 'pigtail', device: 'wire', at: '-400', duration: 600 },
        { type: 'advance', device: 'wire', to: 1, duration: 500 },
        { type: 'remove', device: 'needle', at: 3500, duration: 400 },
      ],
    },
    {
      id: 'two',
      title: 'Two',
      ...text,
      when: { approach: 'right' },
      duration: 2000,
      actions: [{ type: 'withdraw', device: 'wire', to: 'right-target', at: '+100', duration: 1000 }],
    },
    {
      id: 'three',
      title: 'Three',
      ...text,
      when: { approach: 'left' },
      duration: 3000,
      actions: [
        { type: 'advance', device: 'probe', kind: 'ultrasound-probe', route: 'scan', to: 1, at: '<', duration: 1000 },
      ],
    },
    { id: 'four', title: 'Four', ...text, duration: 1000, actions: [{ type: 'highlight', ids: ['liver'] }] },
  ],
};

const entryToTarget = distance(at('right-entry'), at('right-target'));
const straight = entryToTarget + distance(at('right-target'), at('right-deep-pass'));
type Prop = 'tip' | 'curl' | 'opacity';
const read = (s: SampledState, device: string, prop: Prop) => s.devices.find((d) => d.id === device)?.[prop];

// [device, property, start, end, from, to]: times from the rules ("<" = with the previous action,
// "+N"/"-N" = N ms after/before the previous action ends, number = ms from the step start).
const table: [string, Prop, number, number, number, number][] = [
  ['needle', 'tip', 500, 1500, 0, entryToTarget],
  ['wire', 'tip', 500, 1300, 0, 0.5 * straight],
  ['needle', 'tip', 1500, 2500, entryToTarget, 0.25 * straight],
  ['wire', 'curl', 2100, 2700, 0, 1],
  ['wire', 'tip', 2700, 3200, 0.5 * straight, straight],
  ['needle', 'opacity', 3500, 3900, 1, 0],
  ['wire', 'tip', 4100, 5100, straight, entryToTarget],
];

describe('compileTimeline', () => {
  const procedure = parseProcedure(fixture, anatomy);
  const right = compileTimeline(procedure, anatomy, { approach: 'right' });
  const left = compileTimeline(procedure, anatomy, { approach: 'left' });

  it('lays the steps of each approach end to end', () => {
    for (const [timeline, approach] of [
      [right, 'right'],
      [left, 'left'],
    ] as [Timeline, string][]) {
      const kept = fixture.steps.filter(
        (s) => ((s as { when?: { approach: string } }).when?.approach ?? approach) === approach,
      );
      expect(timeline.steps.map((s) => s.id)).to.deep.equal(kept.map((s) => s.id));
      let t = 0;
      kept.forEach((s, i) => {
        expect([timeline.steps[i]!.start, timeline.steps[i]!.end]).to.deep.equal([t, t + s.duration]);
        expect(stepEndTime(timeline, i)).to.equal(t + s.duration);
        // A step owns (start, end]: its end still shows it, a moment later the next one.
        expect(stepAt(timeline, t + s.duration)).to.equal(i);
        expect(stepAt(timeline, t + s.duration / 2)).to.equal(i);
        t += s.duration;
      });
      expect(timeline.duration).to.equal(t);
      expect(stepAt(timeline, 0)).to.equal(0);
      expect(stepAt(timeline, t + 1000)).to.equal(kept.length - 1);
    }
  });

  it('compiles at offsets to absolute times', () => {
    for (const [device, prop, start, end, from, to] of table) {
      const row = `${device}.${prop} ${start}–${end}`;
      expect(read(sampleTimeline(right, start), device, prop) ?? 0, `${row} at start`).to.be.closeTo(from, 1e-6);
      const mid = read(sampleTimeline(right, (start + end) / 2), device, prop)!;
      expect(mid, `${row} midway`).to.be.within(Math.min(from, to) + 1e-6, Math.max(from, to) - 1e-6);
      expect(read(sampleTimeline(right, end - 1), device, prop), `${row} just before the end`).to.not.be.closeTo(
        to,
        1e-9,
      );
      const after = sampleTimeline(right, end);
      if (prop === 'opacity' && to === 0) expect(read(after, device, prop), `${row} gone`).to.equal(undefined);
      else expect(read(after, device, prop), `${row} at end`).to.be.closeTo(to, 1e-6);
    }
  });

  it('inserts a device only once its first action has started', () => {
    expect(sampleTimeline(right, 500).devices).to.deep.equal([]);
    expect(sampleTimeline(right, 501).devices.map((d) => d.id)).to.have.members(['needle', 'wire']);
  });

  it('holds a highlight with no duration to the end of its step', () => {
    const four = right.steps[right.steps.length - 1]!;
    expect(sampleTimeline(right, four.start).highlight).to.deep.equal([]);
    expect(sampleTimeline(right, four.start + 1).highlight).to.deep.equal(['liver']);
    expect(sampleTimeline(right, four.end).highlight).to.deep.equal(['liver']);
  });

  it('starts a step whose first action is "<" at the step start', () => {
    const three = left.steps.find((s) => s.id === 'three')!;
    expect(read(sampleTimeline(left, three.start + 1000), 'probe', 'tip')).to.be.closeTo(
      distance(at('left-entry'), at('left-target')),
      1e-6,
    );
    expect(read(sampleTimeline(left, three.start + 500), 'probe', 'tip')).to.be.greaterThan(0);
  });

  describe('the bundled PTCD procedure', () => {
    const ptcdProcedure = parseProcedure(ptcd, anatomy);
    const compiled = {
      right: compileTimeline(ptcdProcedure, anatomy, { approach: 'right' }),
      left: compileTimeline(ptcdProcedure, anatomy, { approach: 'left' }),
    };
    const kinds = (timeline: Timeline) => {
      const seen = new Set<string>();
      for (let t = 0; t <= timeline.duration; t += 100)
        for (const d of sampleTimeline(timeline, t).devices) seen.add(d.kind);
      return seen;
    };

    it('compiles both approaches with their own steps', () => {
      for (const approach of ['right', 'left'] as const) {
        const timeline = compiled[approach];
        expect(timeline.approach).to.equal(approach);
        const kept = ptcd.steps.filter(
          (s) => ((s as { when?: { approach: string } }).when?.approach ?? approach) === approach,
        );
        expect(timeline.steps.map((s) => s.id)).to.deep.equal(kept.map((s) => s.id));
        expect(timeline.duration).to.equal(kept.reduce((sum, s) => sum + s.duration, 0));
      }
    });

    it('uses the ultrasound probe in the left approach only', () => {
      expect([...kinds(compiled.left)]).to.include('ultrasound-probe');
      expect([...kinds(compiled.right)]).to.not.include('ultrasound-probe');
      expect([...kinds(compiled.right)]).to.include.members([
        'chiba-needle',
        'wire-018',
        'wire-035',
        'coaxial-set',
        'angled-catheter',
        'dilator',
        'drain',
      ]);
    });
  });
});
