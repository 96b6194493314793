import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { distanceToPolyline, sampleSpline } from '../../src/model/geometry.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { resolveRoute } from '../../src/timeline/resolve-route.js';
import { sampleTimeline } from '../../src/timeline/sample-timeline.js';
import { INFLATE_SHARE } from '../../src/timeline/tracks/inflate-track.js';
import type { SampledState } from '../../src/timeline/timeline-types.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
const text = {
  clinician: 'c {obstruction}',
  patient: 'p',
  guidance: 'fluoroscopy',
  camera: 'lesion',
  labels: 'lesion',
};
const ACROSS = [
  'right-entry',
  'right-target',
  'segment-6-duct',
  'right-posterior-duct',
  'right-hepatic-duct',
  'confluence',
  'common-hepatic-duct',
  'common-bile-duct',
  'major-papilla',
  'd2',
  'duodenum',
  'duodenum-d3',
];

/** A small procedure whose times follow from the `at` rules by hand. */
const fixture = {
  id: 'fixture',
  title: 'Fixture',
  sources: ['S1'],
  options: { approach: { values: ['right'], default: 'right' } },
  points: { d2: [404, 704] },
  routes: { across: ACROSS },
  steps: [
    {
      id: 'one',
      title: 'One',
      ...text,
      duration: 10000,
      actions: [
        {
          type: 'advance',
          device: 'drain',
          kind: 'internal-external-drain',
          route: 'across',
          to: 'd2',
          cross: true,
          at: 0,
          duration: 1000,
        },
        { type: 'flow', device: 'drain', into: 'bag', fill: 0.5, at: 1000, duration: 1000 },
        { type: 'contrast', through: 'drain', at: 1000, duration: 1000 },
        { type: 'highlight', ids: ['liver'], at: 2000, duration: 500, when: { obstruction: ['hilar-4'] } },
        { type: 'cap', device: 'drain', at: '+500', duration: 1000 },
        {
          type: 'advance',
          device: 'stent',
          kind: 'stent',
          delivery: 'carrier',
          route: 'across',
          to: { lesions: 'end', offset: 42 },
          tail: { lesions: 'start', offset: -42 },
          cross: true,
          at: 4000,
          duration: 1000,
        },
        { type: 'deploy', device: 'stent', at: 6000, duration: 2000 },
        { type: 'open-lesion', by: 'stent', to: 0.9, at: '<', duration: 2000 },
      ],
    },
    {
      id: 'two',
      title: 'Two',
      ...text,
      duration: 5000,
      actions: [
        {
          type: 'advance',
          device: 'balloon',
          kind: 'balloon-catheter',
          route: 'across',
          to: 0.5,
          cross: true,
          at: 0,
          duration: 1000,
        },
        { type: 'inflate', device: 'balloon', to: 1, efface: 1, at: 1000, duration: 2000 },
        { type: 'deflate', device: 'balloon', at: '+500', duration: 1000 },
      ],
    },
  ],
};
const procedure = parseProcedure(fixture, anatomy, 'fixture.json');
const device = (s: SampledState, id: string) => s.devices.find((d) => d.id === id);

describe('compileTimeline options and the new actions', () => {
  it('uses the distal case by default, and the chosen case and stent type', () => {
    const plain = compileTimeline(procedure, anatomy, { approach: 'right' });
    expect([plain.obstruction, plain.stent]).to.deep.equal(['distal', 'mesh']);
    expect(plain.steps[0]!.camera).to.equal('distal');
    expect(plain.steps[0]!.clinician).to.match(/^c A pancreatic-head mass/);
    const hilar = compileTimeline(procedure, anatomy, { approach: 'right', obstruction: 'hilar-2', stent: 'z' });
    expect([hilar.obstruction, hilar.stent]).to.deep.equal(['hilar-2', 'z']);
    expect(hilar.steps[0]!.camera).to.equal('hilum');
    expect(hilar.steps[0]!.labels).to.include('confluence');
    expect(() => compileTimeline(procedure, anatomy, { approach: 'right', obstruction: 'hilar-9' })).to.throw(
      /hilar-9/,
    );
  });

  it("uses a procedure's own obstruction only when no case is chosen", () => {
    const own = parseProcedure(
      {
        ...fixture,
        obstruction: { cause: 'a stone', duct: 'common-bile-duct', span: [0.8, 0.9], gallbladder: 'normal' },
      },
      anatomy,
    );
    const first = sampleTimeline(compileTimeline(own, anatomy, { approach: 'right' }), 0);
    expect(first.obstruction).to.deep.equal({ duct: 'common-bile-duct', span: [0.8, 0.9], mass: null });
    expect(first.gallbladder).to.equal('normal');
    const chosen = sampleTimeline(compileTimeline(own, anatomy, { approach: 'right', obstruction: 'distal' }), 0);
    expect(chosen.obstruction!.span).to.deep.equal([0.62, 0.78]);
  });

  it('skips an action whose condition fails, keeping the later actions on their times', () => {
    const distal = compileTimeline(procedure, anatomy, { approach: 'right' });
    const hilar4 = compileTimeline(procedure, anatomy, { approach: 'right', obstruction: 'hilar-4' });
    expect(sampleTimeline(distal, 2200).highlight).to.deep.equal([]);
    expect(sampleTimeline(hilar4, 2200).highlight).to.deep.equal(['liver']);
    // The cap is "+500" after the highlight either way: 2500 → 3000.
    for (const timeline of [distal, hilar4]) {
      expect(sampleTimeline(timeline, 2999).flow.into).to.equal('bag');
      expect(sampleTimeline(timeline, 3001).flow.into).to.equal('duodenum');
      expect(sampleTimeline(timeline, 4000).bag).to.equal(0);
    }
  });

  it('replaces kind "stent" with the chosen type, carried by a sheath or a pusher', () => {
    for (const stent of ['mesh', 'z', 'spiral', 'plastic'] as const) {
      const timeline = compileTimeline(procedure, anatomy, { approach: 'right', stent });
      const state = sampleTimeline(timeline, 5000);
      const s = device(state, 'stent')!;
      const carrier = device(state, 'carrier')!;
      expect(s.kind).to.equal(`stent-${stent}`);
      expect(carrier.kind).to.equal(stent === 'plastic' ? 'pusher' : 'stent-delivery');
      // A sheath covers the stent to its tip; a pusher sits behind its tail.
      expect(carrier.tip).to.be.closeTo(stent === 'plastic' ? s.tail : s.tip, 1e-9);
      expect(s.deploy).to.equal(0);
    }
  });

  it('enters a stent with its length, and retracts the sheath from its tip to its tail as it deploys', () => {
    const timeline = compileTimeline(procedure, anatomy, { approach: 'right', stent: 'z' });
    const lengths = [4200, 4500, 4800, 5000].map((t) => {
      const s = device(sampleTimeline(timeline, t), 'stent')!;
      return s.tip - s.tail;
    });
    for (const l of lengths) expect(l).to.be.closeTo(lengths[3]!, 1e-6);
    for (const t of [6000, 6500, 7000, 7500, 8000]) {
      const state = sampleTimeline(timeline, t);
      const [s, sheath] = [device(state, 'stent')!, device(state, 'carrier')!];
      expect(sheath.tip, `at ${t} ms`).to.be.closeTo(s.tip - s.deploy! * (s.tip - s.tail), 1e-6);
    }
    const done = sampleTimeline(timeline, 8000);
    expect(device(done, 'stent')!.deploy).to.equal(1);
    expect(done.lesions![0]!.patency).to.equal(0.9);
  });

  it('loads a braided stent longer, so that once shortened toward its tip it still covers the block', () => {
    const mesh = device(sampleTimeline(compileTimeline(procedure, anatomy, { approach: 'right' }), 5000), 'stent')!;
    const z = device(
      sampleTimeline(compileTimeline(procedure, anatomy, { approach: 'right', stent: 'z' }), 5000),
      'stent',
    )!;
    expect(mesh.tip).to.be.closeTo(z.tip, 1e-9);
    // stents.json: mesh shortens by 0.3, z not at all.
    expect((mesh.tip - mesh.tail) * 0.7).to.be.closeTo(z.tip - z.tail, 1e-6);
  });

  it('inflates first and effaces the waist after, then deflates keeping the effacement', () => {
    const timeline = compileTimeline(procedure, anatomy, { approach: 'right' });
    const start = timeline.steps[1]!.start + 1000;
    const split = start + 2000 * INFLATE_SHARE;
    const at = (t: number) => device(sampleTimeline(timeline, t), 'balloon')!;
    expect(at(split - 1).effacement).to.equal(0);
    expect(at(split).inflation).to.equal(1);
    expect(at(split + 1).effacement).to.be.greaterThan(0);
    expect(at(start + 2000).effacement).to.equal(1);
    expect(at(start + 3500).inflation).to.equal(0);
    expect(at(start + 3500).effacement).to.equal(1);
  });

  it('lets contrast through an internal–external drain bridging the block, into the duodenum', () => {
    const timeline = compileTimeline(procedure, anatomy, { approach: 'right' });
    expect(sampleTimeline(timeline, 1000).contrast).to.deep.equal({});
    const state = sampleTimeline(timeline, 2000);
    expect(device(state, 'drain')!.kind).to.equal('internal-external-drain');
    // The lesion (CBD 0.62–0.78) is still closed, yet the whole CBD and D2 fill through the side holes.
    expect(state.lesions![0]!.patency).to.equal(0.22);
    expect(state.contrast['common-bile-duct']).to.deep.equal([0, 1]);
    expect(state.contrast['duodenum']).to.not.equal(undefined);
    expect(state.contrast['right-hepatic-duct']).to.deep.equal([0, 1]);
  });
});

describe('resolveRoute through the papilla into the duodenum', () => {
  it('follows the duodenal lumen between procedure points', () => {
    const route = resolveRoute(ACROSS, anatomy, { d2: [404, 704] });
    const duodenum = anatomy.byId.get('duodenum')!.shape;
    if (duodenum.type !== 'tube') throw new Error('duodenum is not a tube');
    const lumen = sampleSpline(duodenum.centerline);
    const papilla = route.stops['major-papilla']!;
    const beyond = route.points.filter((_, i) => {
      let arc = 0;
      for (let k = 1; k <= i; k++)
        arc += Math.hypot(...([0, 1].map((j) => route.points[k]![j]! - route.points[k - 1]![j]!) as [number, number]));
      return arc > papilla + 1;
    });
    expect(beyond.length).to.be.greaterThan(10);
    // Every point past the papilla lies inside the duodenum (70 u wide).
    for (const p of beyond) expect(distanceToPolyline(p as Point, lumen)).to.be.at.most(35);
    expect(route.points[route.points.length - 1]).to.deep.equal([546, 740]);
    expect(route.stops['d2']).to.be.greaterThan(papilla);
    expect(route.stops['duodenum-d3']).to.equal(route.length);
  });
});
