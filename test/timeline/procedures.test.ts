import { expect } from '@open-wc/testing';
import { arcTo, pointOnDuct } from './route-helpers.js';
import stentJson from '../../data/procedures/stent.json';
import stents from '../../data/stents.json';
import type { Point } from '../../src/model/anatomy-schema.js';
import { bundledObstructions } from '../../src/model/bundled-obstructions.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { checkSuitability } from '../../src/model/check-suitability.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { UNITS_PER_MM } from '../../src/model/device-specs.js';
import { distance, pointAtLength } from '../../src/model/geometry.js';
import type { ObstructionCase } from '../../src/model/obstruction-schema.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure, type Procedure } from '../../src/model/parse-procedure.js';
import { STENT_NAMES, type StentName } from '../../src/model/stent-names.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import type { DeviceState, SampledState, Timeline } from '../../src/timeline/timeline-types.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
const cases = bundledObstructions().cases;
const procedures = Object.entries(BUNDLED_PROCEDURES).map(
  ([name, json]) => [name, parseProcedure(json, anatomy, name)] as const,
);

/**
 * Which pairs suit, from the brief: balloon dilation treats benign strictures (§2c); metal stents palliate
 * malignant obstruction and plastic stents also serve benign disease (§3, stents.json); external and
 * internal–external drainage serve every obstruction (§2a, §2b, §5.1).
 */
const suits = (procedure: string, c: ObstructionCase, stent: StentName) =>
  procedure === 'balloon-dilation' ? !c.malignant : procedure === 'stent' ? c.malignant || stent === 'plastic' : true;

/** Every suitable procedure × stent type × obstruction × approach, compiled. */
function suitable(filter: (procedure: string) => boolean = () => true) {
  const out: { name: string; procedure: Procedure; c: ObstructionCase; stent: StentName; timeline: Timeline }[] = [];
  for (const [name, procedure] of procedures) {
    if (!filter(name)) continue;
    for (const stent of STENT_NAMES)
      for (const c of cases) {
        if (!suits(name, c, stent)) continue;
        for (const approach of procedure.options.approach.values) {
          const timeline = compileTimeline(procedure, anatomy, { approach, obstruction: c.id, stent });
          out.push({ name, procedure, c, stent, timeline });
        }
      }
  }
  return out;
}
const label = (x: { name: string; c: ObstructionCase; stent: StentName; timeline: Timeline }) =>
  `${x.name} / ${x.c.id} / ${x.stent} / ${x.timeline.approach}`;

/** Samples every `stride` ms plus each step end. */
function grid(timeline: Timeline, stride = 250): number[] {
  const out: number[] = [];
  for (let t = 0; t < timeline.duration; t += stride) out.push(t);
  return [...out, ...timeline.steps.map((_, i) => stepEndTime(timeline, i))].sort((a, b) => a - b);
}

const pointOn = (duct: string, f: number): Point => pointOnDuct(anatomy, duct, f);
/** Route arc of the upstream end of the first lesion the route passes, from the sampled lesions. */
function firstLesionTop(route: readonly Point[], state: SampledState): number {
  let best = Infinity;
  for (const l of state.lesions ?? []) {
    const arc = arcTo(route, pointOn(l.duct, l.span[0]));
    if (arc !== null) best = Math.min(best, arc);
  }
  return best;
}
/** Route arc of the downstream end of the last lesion the route passes. */
function lastLesionEnd(route: readonly Point[], state: SampledState): number {
  let best = -Infinity;
  for (const l of state.lesions ?? []) {
    const arc = arcTo(route, pointOn(l.duct, l.span[1]));
    if (arc !== null) best = Math.max(best, arc);
  }
  return best;
}
/** Where a point landmark lies. */
const landmark = (id: string) => (anatomy.byId.get(id)!.shape as { at: Point }).at;
/**
 * The bowel a case drains into, and where a catheter across the block coils: the duodenum (pigtail zone in D2 at
 * 389,696) with the papilla as the way in, or, after a hepaticojejunostomy (a case with its own anatomy), the Roux
 * jejunal limb, entered at the anastomosis.
 */
const bowelOf = (c: ObstructionCase) =>
  c.anatomy
    ? { id: 'roux-limb', loop: landmark('roux-limb-pigtail'), entry: landmark('hepaticojejunostomy') }
    : { id: 'duodenum', loop: [389, 696] as Point, entry: landmark('major-papilla') };
const isStent = (d: DeviceState) => d.kind.startsWith('stent-') && d.kind !== 'stent-delivery';
const stentSystem = (d: DeviceState) => d.kind.startsWith('stent-') || d.kind === 'pusher';
const tipPoint = (d: DeviceState) => pointAtLength(d.route, d.tip).point;

describe('bundled procedures × obstruction cases × stent types', () => {
  const all = suitable();

  it('checkSuitability: balloon dilation for benign strictures only, metal stents for malignant only', () => {
    let unsuitable = 0;
    for (const [name, procedure] of procedures)
      for (const c of cases)
        for (const stent of STENT_NAMES) {
          const verdict = checkSuitability(procedure, c.id, { stent });
          const row = `${name} / ${c.id} / ${stent}`;
          if (suits(name, c, stent)) {
            expect(verdict, row).to.equal(null);
            continue;
          }
          unsuitable++;
          expect(verdict?.reason, row).to.be.a('string').and.have.length.greaterThan(40);
          expect(verdict?.patientReason, row).to.be.a('string').and.have.length.greaterThan(40);
          // Unsuitable pairs still compile (the element shows the reason instead).
          for (const approach of procedure.options.approach.values) {
            const timeline = compileTimeline(procedure, anatomy, { approach, obstruction: c.id, stent });
            expect(timeline.steps.length, row).to.be.greaterThan(0);
            expect(() => sampleTimeline(timeline, timeline.duration)).to.not.throw();
          }
        }
    // 6 malignant cases × 4 stents for balloon dilation, 1 benign case × 3 metal stents.
    expect(unsuitable).to.equal(6 * 4 + 3);
    expect(checkSuitability(procedures.find(([n]) => n === 'stent')![1], 'benign-anastomotic')).to.not.equal(null);
  });

  it('keeps exactly the steps whose conditions hold, laid end to end', () => {
    for (const x of all) {
      const json = BUNDLED_PROCEDURES[x.name] as Procedure;
      const kept = json.steps.filter((s) => {
        const w = s.when;
        return (
          (!w?.approach || w.approach === x.timeline.approach) &&
          (!w?.obstruction || w.obstruction.includes(x.c.id)) &&
          (!w?.stent || w.stent.includes(x.stent))
        );
      });
      expect(
        x.timeline.steps.map((s) => s.id),
        label(x),
      ).to.deep.equal(kept.map((s) => s.id));
      expect(x.timeline.duration, label(x)).to.equal(kept.reduce((sum, s) => sum + s.duration, 0));
      for (const s of x.timeline.steps) {
        expect(s.patient + s.clinician, `${label(x)} ${s.id}`).to.not.contain('{obstruction}');
        expect(s.labels.length, `${label(x)} ${s.id}`).to.be.at.most(6);
      }
    }
  });

  it('gives the same state at each step end whether it seeks there or plays up to it', () => {
    for (const x of all) {
      const ends = new Set(x.timeline.steps.map((s) => s.end));
      const played = new Map<number, SampledState>();
      for (const t of grid(x.timeline)) {
        const state = sampleTimeline(x.timeline, t);
        if (ends.has(t)) played.set(t, state);
      }
      x.timeline.steps.forEach((step, i) => {
        const seek = sampleTimeline(x.timeline, step.end);
        expect(played.get(step.end), `${label(x)} ${step.id}`).to.deep.equal(seek);
        expect(seek.step, `${label(x)} ${step.id}`).to.equal(i);
      });
    }
  });

  it('starts with the case lesions; the obstruction is the first of them', () => {
    // A procedure with no bile-duct blockage of its own (cholecystostomy) ignores the cases.
    for (const x of all.filter((a) => a.procedure.obstruction?.duct !== undefined || !a.procedure.obstruction)) {
      const first = sampleTimeline(x.timeline, 0);
      expect(first.lesions, label(x)).to.deep.equal(
        x.c.lesions.map((l) => ({
          duct: l.duct,
          span: l.span,
          kind: l.kind,
          patency: l.patency,
          mass: l.mass ?? null,
        })),
      );
      const l = x.c.lesions[0]!;
      expect(first.obstruction, label(x)).to.deep.equal({ duct: l.duct, span: l.span, mass: l.mass ?? null });
    }
  });

  it('starts a procedure with no bile-duct blockage without lesions, whatever the case', () => {
    const free = all.filter((x) => x.procedure.obstruction && x.procedure.obstruction.duct === undefined);
    expect(free.map((x) => x.name)).to.include('cholecystostomy');
    for (const x of free) {
      const first = sampleTimeline(x.timeline, 0);
      expect(first.lesions, label(x)).to.deep.equal([]);
      expect(first.obstruction, label(x)).to.equal(null);
      expect(x.timeline.obstruction, label(x)).to.equal('none');
    }
  });

  it('places the internal–external drain with its tip in the bowel, within 40 u of the pigtail zone (D2 389,696; the jejunal limb after a hepaticojejunostomy)', () => {
    const drains = all.filter((x) => x.name === 'internal-drainage' || x.name === 'balloon-dilation');
    expect(drains.length).to.equal(7 * 4 * 2 + 4 * 2);
    for (const x of drains) {
      const last = sampleTimeline(x.timeline, x.timeline.duration);
      const drain = last.devices.find((d) => d.kind === 'internal-external-drain');
      expect(drain, label(x)).to.not.equal(undefined);
      expect(distance(tipPoint(drain!), bowelOf(x.c).loop), label(x)).to.be.at.most(40);
      expect(drain!.curl, label(x)).to.equal(1);
      // Its side holes bridge the block: it runs from above the first lesion to beyond the last.
      expect(drain!.tail, label(x)).to.be.lessThan(firstLesionTop(drain!.route, last));
      expect(drain!.tip, label(x)).to.be.greaterThan(lastLesionEnd(drain!.route, last));
    }
  });

  it('internal drainage: bile to a bag first, then capped into the duodenum; the drained ducts shrink', () => {
    for (const x of all.filter((y) => y.name === 'internal-drainage')) {
      const bag = x.timeline.steps.find((s) => s.id === 'bag')!;
      const atBag = sampleTimeline(x.timeline, bag.end);
      expect(atBag.flow.into, label(x)).to.equal('bag');
      expect(atBag.bag, label(x)).to.be.greaterThan(0);
      expect(
        atBag.contrast[bowelOf(x.c).id],
        `${label(x)}: contrast through the side holes reaches the bowel`,
      ).to.not.equal(undefined);
      const last = sampleTimeline(x.timeline, x.timeline.duration);
      expect(last.flow, label(x)).to.include({ active: true, into: 'duodenum' });
      expect(last.bag, label(x)).to.equal(0);
      const access = x.timeline.approach === 'right' ? 'segment-6-duct' : 'segment-3-duct';
      expect(last.dilation[access]!, label(x)).to.be.lessThan(atBag.dilation[access]!);
    }
  });
});

describe('balloons', () => {
  const withBalloons = suitable((name) => name === 'balloon-dilation' || name === 'stent');

  it('show the waist first: effacement rises only once the balloon is inflated', () => {
    let waist = 0;
    let effaced = 0;
    for (const x of withBalloons) {
      const previous = new Map<string, DeviceState>();
      for (const t of grid(x.timeline, 50)) {
        for (const d of sampleTimeline(x.timeline, t).devices) {
          if (d.kind !== 'balloon-catheter') continue;
          expect(d.inflation, label(x)).to.be.a('number');
          const before = previous.get(d.id);
          // The waist is effaced only while the balloon is fully inflated.
          if (before && d.effacement! > before.effacement!) {
            expect(before.inflation!, `${label(x)} at ${t} ms`).to.be.at.least(0.999);
            expect(d.inflation!, `${label(x)} at ${t} ms`).to.be.at.least(0.999);
          }
          if (!before) expect(d.effacement, `${label(x)} ${d.id} starts with a waist`).to.equal(0);
          if (d.inflation! >= 0.999 && d.effacement === 0) waist++;
          if (d.effacement! >= 0.999) effaced++;
          previous.set(d.id, d);
        }
      }
    }
    expect(waist, 'samples with a waist').to.be.greaterThan(10);
    expect(effaced, 'samples with the waist effaced').to.be.greaterThan(10);
  });

  it('balloon dilation widens the stricture, which recoils a little (mild residual narrowing)', () => {
    for (const x of withBalloons.filter((y) => y.name === 'balloon-dilation')) {
      const at = (id: string) => sampleTimeline(x.timeline, x.timeline.steps.find((s) => s.id === id)!.end);
      const start = x.c.lesions[0]!.patency;
      expect(at('inflate').lesions![0]!.patency, label(x)).to.equal(start);
      const stretched = at('efface').lesions![0]!.patency;
      const after = at('deflate').lesions![0]!.patency;
      expect(stretched, label(x)).to.be.greaterThan(0.9);
      expect(after, label(x)).to.be.within(start + 0.2, stretched - 0.1);
      // Contrast now passes the stricture into the bowel.
      expect(at('deflate').contrast[bowelOf(x.c).id], label(x)).to.not.equal(undefined);
      // A benign ring is a partial narrowing: a thin stream already passes it before dilation; a mass or sleeve stops it.
      const ring = x.c.lesions.every((l) => l.kind === 'ring');
      expect(at('cholangiogram').contrast[bowelOf(x.c).id] !== undefined, label(x)).to.equal(ring);
    }
  });
});

describe('stents', () => {
  const stented = suitable((name) => name === 'stent');

  it('places the chosen stent type, carried by a sheath (metal) or a pusher (plastic)', () => {
    for (const x of stented) {
      const kinds = new Set<string>();
      for (const t of grid(x.timeline)) for (const d of sampleTimeline(x.timeline, t).devices) kinds.add(d.kind);
      expect([...kinds], label(x)).to.include(`stent-${x.stent}`);
      expect(
        [...kinds].filter((k) => k.startsWith('stent-') && k !== 'stent-delivery'),
        label(x),
      ).to.deep.equal([`stent-${x.stent}`]);
      expect(kinds.has('pusher'), label(x)).to.equal(x.stent === 'plastic');
      expect(kinds.has('stent-delivery'), label(x)).to.equal(x.stent !== 'plastic');
      const last = sampleTimeline(x.timeline, x.timeline.duration);
      const placed = last.devices.filter(isStent);
      expect(placed.length, label(x)).to.equal(x.c.id === 'hilar-4' ? 2 : 1);
      for (const s of placed) expect(s.deploy, label(x)).to.equal(1);
    }
  });

  it('covers the stricture with a margin, across the papilla only when the block is within 3 cm of it', () => {
    for (const x of stented) {
      const last = sampleTimeline(x.timeline, x.timeline.duration);
      const stent = last.devices.find(isStent)!;
      const shortening = stents[x.stent].shortening;
      const open = stent.tip - (stent.tip - stent.tail) * (1 - shortening);
      const top = firstLesionTop(stent.route, last);
      // At least 1 cm above the block, unless even a stent loaded from the skin cannot shorten that far
      // (a braided stent from the left, close to a IIIb/IV block): then above the block, inside the ducts.
      const best = stent.tip * shortening;
      const target = arcTo(stent.route, x.timeline.approach === 'right' ? [242, 408] : [634, 356])!;
      if (best < top - 28) expect(open, `${label(x)} upper end above the block`).to.be.lessThan(top - 28);
      else expect(open, `${label(x)} upper end above the block`).to.be.within(target, top - 5);
      const end = lastLesionEnd(stent.route, last);
      const papilla = arcTo(stent.route, bowelOf(x.c).entry)!;
      if (papilla - end <= 84) expect(stent.tip, `${label(x)} transpapillary`).to.be.greaterThan(papilla);
      else {
        expect(stent.tip, `${label(x)} suprapapillary`).to.be.lessThan(papilla);
        expect(stent.tip, `${label(x)} lower margin`).to.be.greaterThan(end + 28);
      }
      // A distal block lies near the papilla; an anastomotic ring lies at the join with the limb.
      expect(papilla - end <= 84, label(x)).to.equal(x.c.id === 'distal' || x.c.anatomy !== undefined);
    }
  });

  it('never lets a stent or its delivery system past a lesion without "cross"', () => {
    type Json = { steps: { actions: Record<string, unknown>[] }[] };
    const json = JSON.parse(JSON.stringify(stentJson)) as Json;
    for (const step of json.steps)
      for (const a of step.actions)
        if (a.kind === 'stent' || a.device === 'stent' || a.device === 'stent-2') delete a.cross;
    const blocked = parseProcedure(json, anatomy, 'stent.json');
    let nearest = Infinity;
    for (const x of stented) {
      const timeline = compileTimeline(blocked, anatomy, {
        approach: x.timeline.approach,
        obstruction: x.c.id,
        stent: x.stent,
      });
      for (const t of grid(timeline)) {
        const state = sampleTimeline(timeline, t);
        for (const d of state.devices.filter(stentSystem)) {
          const top = firstLesionTop(d.route, state);
          expect(d.tip, `${label(x)} ${d.id} at ${t} ms`).to.be.at.most(top + 0.5);
          nearest = Math.min(nearest, top - d.tip);
        }
      }
      // With "cross" (the bundled file), the stent does cross: its tip ends beyond the last lesion.
      const last = sampleTimeline(x.timeline, x.timeline.duration);
      const stent = last.devices.find(isStent)!;
      expect(stent.tip, label(x)).to.be.greaterThan(lastLesionEnd(stent.route, last));
    }
    expect(nearest, 'the blocked stent reaches the lesion').to.be.lessThan(1);
  });

  it('opens the lesions under the stent: metal to about 0.9, plastic only to its tube width', () => {
    const deploy = (
      stentJson.steps.find((s) => s.id === 'deploy-plastic')!.actions as { type: string; to?: number }[]
    ).find((a) => a.type === 'open-lesion')!.to!;
    for (const x of stented) {
      const last = sampleTimeline(x.timeline, x.timeline.duration);
      const before = sampleTimeline(x.timeline, x.timeline.steps.find((s) => s.id.startsWith('deploy'))!.start);
      const stent = last.devices.find(isStent)!;
      for (const [i, l] of last.lesions!.entries()) {
        const top = arcTo(stent.route, pointOn(l.duct, l.span[0]));
        if (top === null) continue;
        const shape = anatomy.byId.get(l.duct)!.shape;
        const width = shape.type === 'tube' ? shape.diameter.dilated : 0;
        const plastic = Math.min(1, (stents.plastic.openMm * UNITS_PER_MM) / width);
        // A plastic tube widens the lumen to its own width at most, and never narrows it.
        const was = before.lesions![i]!.patency;
        const expected = x.stent === 'plastic' ? Math.min(deploy, Math.max(was, plastic)) : 0.9;
        expect(l.patency, `${label(x)} lesion ${i} on ${l.duct}`).to.be.closeTo(expected, 1e-9);
        expect(l.patency, label(x)).to.be.at.least(x.c.lesions[i]!.patency);
        if (x.stent !== 'plastic') expect(l.patency, label(x)).to.be.greaterThan(x.c.lesions[i]!.patency);
      }
    }
  });

  it('check cholangiogram: contrast runs through the stent into the duodenum; the upstream ducts shrink', () => {
    // Only the check step injects contrast, so what reaches the duodenum is the check's own.
    type Json = { steps: { id: string; actions: { type: string }[] }[] };
    const json = JSON.parse(JSON.stringify(stentJson)) as Json;
    for (const step of json.steps)
      if (step.id !== 'check') step.actions = step.actions.filter((a) => a.type !== 'contrast');
    const onlyCheck = parseProcedure(json, anatomy, 'stent.json');
    for (const x of stented) {
      const timeline = compileTimeline(onlyCheck, anatomy, {
        approach: x.timeline.approach,
        obstruction: x.c.id,
        stent: x.stent,
      });
      const check = timeline.steps.find((s) => s.id === 'check')!;
      const before = sampleTimeline(timeline, check.start);
      const after = sampleTimeline(timeline, check.end);
      expect(before.contrast[bowelOf(x.c).id], label(x)).to.equal(undefined);
      const duodenum = after.contrast[bowelOf(x.c).id];
      expect(duodenum, label(x)).to.not.equal(undefined);
      expect(duodenum![1] - duodenum![0], label(x)).to.be.greaterThan(0.1);
      const access = x.timeline.approach === 'right' ? 'segment-6-duct' : 'segment-3-duct';
      expect(after.dilation[access]!, label(x)).to.be.lessThan(before.dilation[access]!);
      if (x.c.id === 'distal') expect(after.gallbladder, label(x)).to.equal('normal');
    }
  });
});
