import { expect } from '@open-wc/testing';
import ptcd from '../../data/procedures/ptcd.json';
import type { Approach } from '../../src/model/action-schema.js';
import type { Point, Structure } from '../../src/model/anatomy-schema.js';
import { OVERVIEW, pixelsPerUnit } from '../../src/model/cameras.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { deviceWidth } from '../../src/model/device-specs.js';
import { angleBetween, distance, pointAtLength, sampleSpline } from '../../src/model/geometry.js';
import { sampleClosedSpline, signedDistanceToOutline, slicePolyline } from '../../src/model/geometry.js';
import { arcTo } from './route-helpers.js';
import { parseAnatomy, type Anatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure, type Procedure } from '../../src/model/parse-procedure.js';
import { tubeWidth, type ShapeState } from '../../src/scene/structure-paths.js';
import { momentLesions } from '../../src/scene/lesion-path.js';
import { ductSqueeze } from '../../src/scene/duct-squeeze.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline } from '../../src/timeline/sample-timeline.js';
import type { DeviceState, SampledState } from '../../src/timeline/timeline-types.js';

// Composition §8, §13, §16 on every sampled state of both approaches: drawn edges, viewBox units.

/** Overview camera px/unit for a 360 px and a 1280 px box (§12, §13). */
const zoom = (box: number) => pixelsPerUnit(OVERVIEW, box, box);
const ZOOMS = { '360px': zoom(360), '1280px': zoom(1280) };
const TUBED = new Set(['coaxial-set', 'dilator', 'sheath', 'angled-catheter', 'drain', 'wire-018', 'wire-035']);
const TARGET: Readonly<Record<string, readonly [string, string]>> = {
  right: ['right-target', 'segment-6-duct'],
  left: ['left-target', 'segment-3-duct'],
};
const atLeast = (limit: number) => ({ ok: (v: number) => v >= limit, worse: -1 });
const above = (limit: number) => ({ ok: (v: number) => v > limit, worse: -1 });
const atMost = (limit: number) => ({ ok: (v: number) => v <= limit, worse: 1 });
/** Each rule: its test title, whether a measured value passes, and which way is worse. */
const RULES = {
  clearance: { title: 'needle tip and track ≥ 5 u from the GB, hilar ducts, PV trunk, arteries', ...atLeast(5) },
  angle: { title: 'needle-to-duct angle ≤ 45° (chord and tangent)', ...atMost(45) },
  horizontal: { title: 'right needle horizontal: |ΔY| ≤ 0.5 u up to the tip', ...atMost(0.5) },
  margins: { title: 'right entry below Y 377, above rib 11; tip short of X 560', ...above(0) },
  width: { title: 'catheters and wires ≤ 70% of the drawn duct at their tip', ...atMost(0.7) },
  bend: { title: 'no bend > 60° per 28 u chord from the target to the confluence', ...atMost(60) },
};
type Rule = keyof typeof RULES;
type Worst = { value: number; when: string; first?: string };
/** Per rule and item: the worst value with its time, and the first failing time. */
type Tally = Map<Rule, Map<string, Worst>>;
type Note = (rule: Rule, what: string, value: number) => void;
/** One sampled state, and where to note what it measures. */
type Sample = { anatomy: Anatomy; approach: Approach; state: SampledState; note: Note };
const show = (what: string, w: Worst) => `${what}: ${+w.value.toFixed(2)} (${w.when}; first fails ${w.first})`;
function shapeOf<T extends Structure['shape']['type']>(anatomy: Anatomy, id: string, type: T) {
  const shape = anatomy.byId.get(id)?.shape;
  if (shape?.type !== type) throw new Error(`${id} is not a ${type}`);
  return shape as Extract<Structure['shape'], { type: T }>;
}
const pointOf = (anatomy: Anatomy, id: string) => shapeOf(anatomy, id, 'point').at;
const dir = (a: Point, b: Point): Point => [b[0] - a[0], b[1] - a[1]];
/** The spine a tube is drawn along (tubeOutline: 8 samples per span; width fraction = sample index). */
const spines = new WeakMap<object, Point[]>();
const spineOf = (line: readonly Point[]) => spines.get(line) ?? spines.set(line, sampleSpline(line, 8)).get(line)!;
/** Distance from p to a polyline, and the fraction (by vertex index) of the nearest point. */
function nearest(p: Point, line: readonly Point[]): { d: number; f: number } {
  let best = { d: Infinity, f: 0 };
  for (let i = 1; i < line.length; i++) {
    const [a, [dx, dy]] = [line[i - 1]!, dir(line[i - 1]!, line[i]!)];
    const k = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
    const d = Math.hypot(p[0] - a[0] - k * dx, p[1] - a[1] - k * dy);
    if (d < best.d) best = { d, f: (i - 1 + k) / (line.length - 1) };
  }
  return best;
}
/** How the scene draws structure `id` in this sample (build-scene's stateOf). */
const ANATOMY = parseAnatomy(DEFAULT_ANATOMY_FILES);
const anatomyOf = (id: string): Structure => ANATOMY.byId.get(id)!;
const shapeState = (state: SampledState, id: string, ppu: number): ShapeState => ({
  dilation: state.dilation[id] ?? state.defaultDilation,
  minWidth: 2.5 / ppu,
  ...ductSqueeze(anatomyOf(id), momentLesions(state)),
});
/** Distance from p to the drawn edge of a structure in this sample (negative inside). */
function edgeGap(anatomy: Anatomy, p: Point, id: string, state: SampledState): number {
  const s = anatomy.byId.get(id)!;
  if (s.shape.type === 'tube') {
    const { d, f } = nearest(p, spineOf(s.shape.centerline));
    return d - tubeWidth(s, f, shapeState(state, id, ZOOMS['360px'])) / 2;
  }
  if (s.shape.type !== 'outline') throw new Error(`${id} has no drawn edge`);
  const points = (state.gallbladder === 'distended' && s.shape.states?.distended) || s.shape.points;
  return signedDistanceToOutline(p, s.shape.smooth ? sampleClosedSpline(points) : points);
}
/** §16: the GB, hilar and extrahepatic ducts, the PV trunk and main branches, every artery. */
const forbidden = (anatomy: Anatomy) => [
  ...['gallbladder', 'right-hepatic-duct', 'left-hepatic-duct', 'common-hepatic-duct', 'cystic-duct'],
  ...['common-bile-duct', 'portal-vein', 'right-portal-vein', 'right-portal-vein-anterior'],
  ...['right-portal-vein-posterior', 'left-portal-vein', 'left-portal-vein-umbilical'],
  ...anatomy.structures.filter((s) => s.tone === 'artery').map((s) => s.id),
];

function checkNeedle({ anatomy, approach, state, note }: Sample, d: DeviceState) {
  const tip = pointAtLength(d.route, d.tip).point;
  const track = [...Array(Math.ceil(d.tip / 2) + 1).keys()].map((i) => pointAtLength(d.route, Math.min(d.tip, 2 * i)));
  for (const id of forbidden(anatomy)) {
    note('clearance', `${d.id} tip → ${id}`, edgeGap(anatomy, tip, id, state));
    note('clearance', `${d.id} track → ${id}`, Math.min(...track.map((p) => edgeGap(anatomy, p.point, id, state))));
  }
  // The duct's course toward the hilum at the target: chord to the next centreline point, and the drawn tangent.
  const [targetId, duct] = TARGET[approach]!;
  if (d.tip > 1) {
    const [target, line] = [pointOf(anatomy, targetId), shapeOf(anatomy, duct, 'tube').centerline];
    const drawn = sampleSpline(line, 24);
    const seg = line.findIndex((q, i) => i > 0 && nearest(target, [line[i - 1]!, q]).d < 1);
    const next = distance(target, line[seg]!) < 0.5 ? line[seg + 1]! : line[seg]!;
    const i = Math.round(nearest(target, drawn).f * (drawn.length - 1));
    const needle = dir(d.route[0]!, tip);
    note('angle', `${d.id} vs ${duct} (chord)`, angleBetween(needle, dir(target, next)));
    note('angle', `${d.id} vs ${duct} (tangent)`, angleBetween(needle, dir(drawn[i - 1]!, drawn[i + 1]!)));
  }
  if (approach !== 'right') return;
  const entry = d.route[0]!;
  note('horizontal', d.id, Math.max(...slicePolyline(d.route, 0, d.tip).map((p) => Math.abs(p[1] - entry[1]))));
  const [recess, rib11] = [shapeOf(anatomy, 'costophrenic-recess', 'outline'), shapeOf(anatomy, 'rib-11', 'band')];
  note('margins', `${d.id} entry below the reflection`, entry[1] - Math.max(...recess.points.map((p) => p[1])));
  note('margins', `${d.id} entry above rib 11`, rib11.points[0]![1] - rib11.width / 2 - entry[1]);
  note('margins', `${d.id} tip short of the midline`, pointOf(anatomy, 't12-aim')[0] - tip[0]);
}
/** Length of the route that runs along a duct's centreline (within 1.5 u). */
function alongRoute(route: readonly Point[], spine: readonly Point[]): number {
  let length = 0;
  for (let i = 1; i < route.length; i++) {
    if (nearest(route[i]!, spine).d < 1.5 && nearest(route[i - 1]!, spine).d < 1.5)
      length += distance(route[i - 1]!, route[i]!);
  }
  return length;
}
/**
 * The narrowest duct on the device's own route whose drawn tube holds the tip; the device's width as a share of
 * it, at each zoom. Ducts the route only touches (e.g. the caudate duct ending at the confluence) do not count.
 */
function checkWidth({ anatomy, state, note }: Sample, d: DeviceState) {
  const tip = pointAtLength(d.route, d.tip).point;
  for (const [zoom, ppu] of Object.entries(ZOOMS)) {
    let lumen: { id: string; w: number } | undefined;
    for (const s of anatomy.structures) {
      if (s.kind !== 'duct' || s.shape.type !== 'tube') continue;
      const spine = spineOf(s.shape.centerline);
      if (alongRoute(d.route, spine) < 8) continue;
      const { d: off, f } = nearest(tip, spine);
      const w = tubeWidth(s, f, shapeState(state, s.id, ppu));
      if (off <= w / 2 && (!lumen || w < lumen.w)) lumen = { id: s.id, w };
    }
    if (lumen) note('width', `${d.id} (${d.kind}) in ${lumen.id} at ${zoom}`, deviceWidth(d.kind, ppu) / lumen.w);
  }
}
/** The largest turn between successive 28 u chords of the route from the target to the confluence. */
function checkBends({ anatomy, approach, note }: Sample, d: DeviceState) {
  const from = arcTo(d.route, pointOf(anatomy, TARGET[approach]![0]), 0.5);
  const to = arcTo(d.route, pointOf(anatomy, 'confluence'), 0.5);
  if (from === null || to === null || to <= from) return;
  const at = (s: number) => pointAtLength(d.route, s).point;
  let worst = { turn: 0, at: at(from) };
  for (let s = from + 28; s <= to - 28; s += 2) {
    const turn = angleBetween(dir(at(s - 28), at(s)), dir(at(s), at(s + 28)));
    if (turn > worst.turn) worst = { turn, at: at(s) };
  }
  note('bend', `${d.id} at ${worst.at.map(Math.round).join(',')}`, worst.turn);
}
/** Samples the approach every 100 ms and at every step end, and tallies every rule. */
function checkApproach(anatomy: Anatomy, procedure: Procedure, approach: Approach): Tally {
  const tally: Tally = new Map();
  const timeline = compileTimeline(procedure, anatomy, { approach });
  const times = new Set(timeline.steps.map((s) => s.end));
  for (let t = 0; t <= timeline.duration; t += 100) times.add(t);
  const bendsDone = new Set<string>();
  for (const t of [...times].sort((a, b) => a - b)) {
    const when = `${approach}, t = ${t} ms`;
    const note = (rule: Rule, what: string, value: number) => {
      const items = tally.get(rule) ?? tally.set(rule, new Map()).get(rule)!;
      const old = items.get(what);
      const first = old?.first ?? (RULES[rule].ok(value) ? undefined : when);
      if (!old || (value - old.value) * RULES[rule].worse > 0) items.set(what, { value, when, first });
      else old.first = first;
    };
    const sample: Sample = { anatomy, approach, state: sampleTimeline(timeline, t), note };
    for (const d of sample.state.devices) {
      if (d.kind === 'chiba-needle') checkNeedle(sample, d);
      if (TUBED.has(d.kind)) checkWidth(sample, d);
      if (!bendsDone.has(d.id)) checkBends(sample, d);
      bendsDone.add(d.id);
    }
  }
  return tally;
}

describe('access geometry in every sampled state (composition §8, §13, §16)', () => {
  const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
  const procedure = parseProcedure(ptcd, anatomy);
  for (const approach of ['right', 'left'] as const) {
    describe(`${approach} approach`, () => {
      let tally: Tally;
      before(() => (tally = checkApproach(anatomy, procedure, approach)));
      for (const rule of Object.keys(RULES) as Rule[]) {
        if (approach === 'left' && (rule === 'horizontal' || rule === 'margins')) continue;
        it(RULES[rule].title, () => {
          const items = [...(tally.get(rule) ?? [])];
          expect(items.length, 'the rule was measured').to.be.above(0);
          const failures = items.filter(([, w]) => !RULES[rule].ok(w.value)).map(([what, w]) => show(what, w));
          expect(failures, RULES[rule].title).to.deep.equal([]);
        });
      }
    });
  }
});
