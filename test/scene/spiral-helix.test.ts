import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { UNITS_PER_MM } from '../../src/model/device-specs.js';
import { distanceToPolyline, nearestOnPolyline, pointAtLength } from '../../src/model/geometry.js';
import { STENT_SPECS } from '../../src/model/stent-specs.js';
import { stentGeometry } from '../../src/scene/devices/stent-parts.js';
import { stentRoute } from '../../src/scene/devices/stent-route.js';
import type { SampledState } from '../../src/timeline/timeline-types.js';
import { fills } from './path-fill.js';
import { contextOf, polylines, pxPerUnit, sceneOf, stateAt, timelineOf } from './scene-at.js';

/** Units per mm along a route (tube widths are drawn 1.5× wider). */
const PER_MM = 2.8;

interface Vertex {
  readonly s: number;
  /** Place across the stent, −1 … 1 of its half-width there. */
  readonly u: number;
  readonly p: Point;
  /** How far the axis turns within half a width either side, radians. */
  readonly bend: number;
}

/** Chains runs whose ends meet within `tol` into one polyline, with the joints' indices; null if they do not form one chain. */
function chain(runs: Point[][], tol: number): { wire: Point[]; joints: number[] } | null {
  const same = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]) <= tol;
  const left = [...runs];
  const first = left.findIndex((r) => !left.some((o) => o !== r && same(o.at(-1)!, r[0]!)));
  if (first < 0) return null;
  const wire = [...left.splice(first, 1)[0]!];
  const joints: number[] = [];
  while (left.length) {
    const next = left.findIndex((r) => same(wire.at(-1)!, r[0]!));
    if (next < 0) return null;
    joints.push(wire.length - 1);
    wire.push(...left.splice(next, 1)[0]!.slice(1));
  }
  return { wire, joints };
}

/**
 * Each spiral stent's drawn wire (front and back runs chained within 1 px; null if they do not chain) in the
 * stent's own frame, with its geometry. Each vertex is placed on the axis near the previous one's place, so
 * where the tube bends sharply a vertex on the inner side is not read against the far limb of the bend.
 */
function spiralsOf(state: SampledState) {
  const ctx = contextOf(state);
  const ppu = pxPerUnit(state);
  const scene = sceneOf(state);
  return state.devices
    .filter((d) => d.kind === 'stent-spiral' && d.opacity > 0)
    .map((device) => {
      const route = stentRoute(device, ctx);
      const g = stentGeometry({ ...device, route }, ctx, ppu, device.route);
      const axis = Array.from({ length: Math.ceil((g.distal - g.proximal) / 0.5) + 1 }, (_, k) =>
        Math.min(g.distal, g.proximal + k * 0.5),
      ).map((s) => ({ s, ...pointAtLength(route, s) }));
      let near = 0;
      const local = (p: Point): Vertex => {
        let best = near;
        for (let k = Math.max(0, near - 30); k < Math.min(axis.length, near + 60); k++) {
          const [a, b] = [axis[k]!.point, axis[best]!.point];
          if (Math.hypot(p[0] - a[0], p[1] - a[1]) < Math.hypot(p[0] - b[0], p[1] - b[1])) best = k;
        }
        near = best;
        const { s, point, tangent } = axis[best]!;
        // Its distance from the axis, on the side the cross product gives: at a bend the nearest axis point's
        // tangent need not be square to the offset.
        const side = Math.sign((p[0] - point[0]) * -tangent[1] + (p[1] - point[1]) * tangent[0]);
        const u = (side * Math.hypot(p[0] - point[0], p[1] - point[1])) / (g.widthAt(s) / 2);
        // How far the axis turns within half a width either side (radians): on the inner side of a bend tighter
        // than the tube is wide, the wall itself lies nearer the axis than half the width.
        const [a, b] = [
          pointAtLength(route, s - g.widthAt(s) / 2).tangent,
          pointAtLength(route, s + g.widthAt(s) / 2).tangent,
        ];
        const bend = Math.acos(Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1])));
        return { s, u, p, bend };
      };
      const parts = scene.devices.filter((p) => p.deviceId === device.id && p.part === 'stent-wire');
      const joined = chain(
        parts.flatMap((part) => polylines(part.d)),
        1 / ppu,
      );
      if (joined) near = axis.findIndex((a) => a.s >= nearestOnPolyline(route, joined.wire[0]!).arc);
      const wire = joined?.wire.map(local) ?? null;
      return { id: device.id, g, wire, joints: joined?.joints ?? [] };
    });
}

/**
 * The wire's half-turns: stretches between its visits to alternate tube edges (|u| ≥ 0.8), as arc lengths.
 */
function halfTurns(wire: Vertex[]): { from: number; to: number }[] {
  const touches: number[] = [];
  let side = 0;
  wire.forEach((p, k) => {
    if (Math.abs(p.u) >= 0.8 && Math.sign(p.u) !== side) [side, touches[touches.length]] = [Math.sign(p.u), k];
  });
  return touches.slice(1).map((k, i) => ({ from: wire[touches[i]!]!.s, to: wire[k]!.s }));
}

/** The wire's number of turns over the stent (partial end turns counted as fractions) and its mean pitch. */
function turnsOf(wire: Vertex[], g: { proximal: number; distal: number }): { count: number; pitch: number } {
  const turns = halfTurns(wire);
  const half = turns.reduce((t, h) => t + Math.abs(h.to - h.from), 0) / turns.length;
  const inner = Math.abs(turns.at(-1)!.to - turns[0]!.from);
  const count = (turns.length + Math.max(0, g.distal - g.proximal - inner) / half) / 2;
  return { count, pitch: 2 * half };
}

const CASES = [
  ['distal', 'deploy', 1],
  ['distal', 'deploy', 0.7],
  ['distal', 'deploy', 0.35],
  ['distal', 'check', 0.5],
  ['hilar-2', 'deploy', 1],
  ['hilar-4', 'second-stent', 1],
] as const;

describe('the spiral stent draws as one continuous helix (radiologist U3, illustrator N6)', () => {
  for (const [obstruction, step] of [
    ['distal', 'deploy'],
    ['hilar-4', 'second-stent'],
  ] as const)
    for (const view of ['illustration', 'fluoroscopy'] as const)
      it(`${obstruction}, ${view}: the back turns draw at 50–60% of the front's value (lighter, still behind) and at least ¾ of its weight (illustrator B4)`, () => {
        const state = stateAt(timelineOf('stent', { stent: 'spiral', obstruction }), step, 1);
        const wires = sceneOf(state, view).devices.filter((p) => p.part === 'stent-wire');
        const ids = [...new Set(wires.map((p) => p.deviceId))];
        expect(ids.length, 'spiral stents').to.equal(obstruction === 'hilar-4' ? 2 : 1);
        for (const id of ids) {
          const back = wires.find((p) => p.deviceId === id && p.id.endsWith('-back'))!;
          const front = wires.find((p) => p.deviceId === id && !p.id.endsWith('-back'))!;
          expect(back.opacity / front.opacity, `${id}: value`).to.be.within(0.5, 0.6);
          expect(back.width / front.width, `${id}: weight`).to.be.at.least(0.75);
        }
      });

  for (const view of ['illustration', 'fluoroscopy'] as const)
    it(`hilar-4, ${view}: the second stent passes between the first one's turns (its near turns over it, its far turns under it)`, () => {
      const state = stateAt(timelineOf('stent', { stent: 'spiral', obstruction: 'hilar-4' }), 'second-stent', 1);
      const parts = sceneOf(state, view).devices;
      const [first, second] = [...new Set(parts.filter((p) => p.part === 'stent-wire').map((p) => p.deviceId))];
      const at = (id: string | undefined, back: boolean) =>
        parts.findIndex((p) => p.deviceId === id && p.part === 'stent-wire' && p.id.endsWith('-back') === back);
      const secondParts = parts.flatMap((p, i) => (p.deviceId === second && p.part.startsWith('stent') ? [i] : []));
      expect(at(second, false), 'the second stent draws its near turns').to.be.at.least(0);
      expect(at(first, true), "the first stent's far turns").to.be.below(at(second, false));
      expect(at(first, false), "the first stent's near turns").to.be.above(Math.max(...secondParts));
      // Where the second runs inside the first, its near turns lie between the first one's, not on them.
      const ppu = pxPerUnit(state);
      const body = parts.find((p) => p.deviceId === first && p.part === 'stent-body')!;
      const nearRuns = polylines(parts[at(first, false)]!.d);
      const inside = polylines(parts[at(second, false)]!.d)
        .flat()
        .filter((p) => fills(body.d, p));
      const onTop = inside.filter((p) => nearRuns.some((run) => distanceToPolyline(p, run) * ppu < 3));
      expect(inside.length, "the second stent's near turns inside the first").to.be.at.least(10);
      expect(onTop.length / inside.length, "share of them within 3 px of the first one's near turns").to.be.below(0.25);
    });

  it('hilar-4: each spiral has at least one turn per 2 cm of its length, and every turn inside the tumour swings at least half its open calibre across on screen', () => {
    for (const step of ['deploy', 'second-stent']) {
      const state = stateAt(timelineOf('stent', { stent: 'spiral', obstruction: 'hilar-4' }), step, 1);
      const tumour = sceneOf(state).paths.filter((p) => p.paint === 'lesion');
      const ppu = pxPerUnit(state);
      for (const { id, wire, g } of spiralsOf(state)) {
        const { count, pitch } = turnsOf(wire!, g);
        expect(count, `${step}: ${id}: turns over ${((g.distal - g.proximal) / PER_MM).toFixed(0)} mm`).to.be.at.least(
          (g.distal - g.proximal) / (20 * PER_MM),
        );
        let turns = 0;
        for (let end = g.distal; end - pitch >= g.proximal - 1e-6; end -= pitch) {
          const turn = wire!.filter((p) => p.s >= end - pitch && p.s <= end);
          if (!turn.some((p) => tumour.some((t) => fills(t.d, p.p))) || turn.some((p) => p.bend >= Math.PI / 4))
            continue;
          turns++;
          const across = turn.map((p) => (p.u * g.widthAt(p.s) * ppu) / 2);
          const swing = Math.max(...across) - Math.min(...across);
          expect(swing, `${step}: ${id}: px across of the turn at ${(end - pitch).toFixed(0)}`).to.be.at.least(
            0.5 * 0.85 * STENT_SPECS.spiral.openMm * UNITS_PER_MM * ppu,
          );
        }
        expect(turns, `${step}: ${id}: whole turns inside the tumour`).to.be.at.least(1);
      }
    }
  });

  for (const [obstruction, step, fraction] of CASES) {
    const name = `${obstruction}, ${step} at ${fraction * 100}%`;
    const spirals = () => spiralsOf(stateAt(timelineOf('stent', { stent: 'spiral', obstruction }), step, fraction));

    it(`${name}: each stent's wire is one polyline whose front and back runs meet at the tube edges within 1 px`, () => {
      const all = spirals();
      expect(all.length, 'spiral stents').to.be.at.least(obstruction === 'hilar-4' ? 2 : 1);
      for (const { id, wire, joints, g } of all) {
        expect(wire, `${id}: runs join end to end`).to.not.equal(null);
        // A joint is where the wire turns back across the tube: the outermost of its neighbours, near an edge (a
        // step in the stent's width between the joint and its nearest axis point can read it a little inside).
        for (const k of joints.filter((k) => wire![k]!.s >= g.openFrom && wire![k]!.bend < Math.PI / 4)) {
          const j = wire![k]!;
          const where = `${id}: the front/back joint at ${j.s.toFixed(0)}`;
          expect(Math.abs(j.u), `${where} lies on a tube edge`).to.be.at.least(0.75);
          expect(Math.abs(j.u), `${where} is the wire's turning point`).to.be.at.least(
            Math.max(Math.abs(wire![k - 1]!.u), Math.abs(wire![k + 1]!.u)),
          );
        }
      }
    });

    it(`${name}: 3–4 turns per 6 cm (± 0.5) over the stent's length`, () => {
      for (const { id, wire, g } of spirals()) {
        const { count } = turnsOf(wire!, g);
        expect((count * 60 * PER_MM) / (g.distal - g.proximal), `${id}: turns per 6 cm`).to.be.within(2.5, 4.5);
      }
    });

    it(`${name}: every released turn spans at least 85% of the stent's local width`, () => {
      for (const { id, wire, g } of spirals()) {
        const { pitch } = turnsOf(wire!, g);
        // One turn's length of the released part at a time, from the tip back.
        for (let end = g.distal; end - pitch >= Math.max(g.openFrom, g.proximal) - 1e-6; end -= pitch) {
          const turn = wire!.filter((p) => p.s >= end - pitch && p.s <= end);
          if (turn.some((p) => p.bend >= Math.PI / 4)) continue;
          const where = `${id}: the turn at ${(end - pitch).toFixed(0)}–${end.toFixed(0)}`;
          expect(turn.length, where).to.be.at.least(4);
          expect(Math.max(...turn.map((p) => p.u)), `${where}, one edge`).to.be.at.least(0.85);
          expect(Math.min(...turn.map((p) => p.u)), `${where}, the other edge`).to.be.at.most(-0.85);
        }
      }
    });
  }
});
