import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { UNITS_PER_MM } from '../../src/model/device-specs.js';
import { distance, nearestOnPolyline, pointAtLength, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import { STENT_NAMES, type StentName } from '../../src/model/stent-names.js';
import { STENT_KINDS } from '../../src/scene/devices/stent-parts.js';
import type { Scene } from '../../src/scene/scene-types.js';
import type { SampledState } from '../../src/timeline/timeline-types.js';
import { anatomy, laterMoments, polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

const VIEWS = ['illustration', 'fluoroscopy'] as const;
const duodenum = anatomy.byId.get('duodenum')!.shape;
if (duodenum.type !== 'tube') throw new Error('duodenum');
const bowel = sampleSpline(duodenum.centerline);
/** The D2 lumen's radius: the bowel's tube inside its drawn wall strip (as in stent-free-end.test.ts). */
const LUMEN = duodenum.diameter.normal / 2 - 3;
/** Units a wire point may stray past a stent's inner radius: the path's rounding to 0.1 and the light smoothing. */
const TOLERANCE = 0.5;
/** Units kept clear of a stent's drawn ends, where the wire enters and leaves it. */
const END_CLEAR = 3;
/** Units past the stent's distal end over which the wire may still be leaving the stent's mouth. */
const MOUTH = 4;
/** Units past the papilla over which a wire leaving the bile duct crosses D2's wall (about 3 mm). */
const WALL_CROSSING = 14;
const mark = anatomy.byId.get('major-papilla')!.shape;
if (mark.type !== 'point') throw new Error('papilla');
const papilla = mark.at;
/** The smoothness rule for drawn wires (picture-rules.test.ts): no corner over 20° between samples 1.5 units apart. */
const MAX_TURN = 20;

interface Frame {
  readonly what: string;
  readonly state: SampledState;
  readonly scene: Scene;
}

/** Obstructions stented here: the distal block (stent ends in D2) and a hilar one (stents end in the ducts). */
const CASES = ['distal', 'hilar-4'] as const;

/**
 * For each case and stent kind: 35 %, 70 % and 100 % through its deploy step and the end of every later step (the
 * check step among them), in both views.
 */
function frames(): Frame[] {
  return CASES.flatMap((obstruction) =>
    STENT_NAMES.flatMap((stent: StentName) => {
      const timeline = timelineOf('stent', { stent, obstruction });
      const deploy = stent === 'plastic' ? 'deploy-plastic' : 'deploy';
      const moments = [
        ...[0.35, 0.7].map((f) => ({ what: `${deploy} ${f * 100}%`, state: stateAt(timeline, deploy, f) })),
        ...laterMoments(stent, obstruction).map(({ id, state }) => ({ what: id, state })),
      ];
      return moments.flatMap(({ what, state }) =>
        VIEWS.map((view) => ({ what: `${obstruction} ${stent} ${what} ${view}`, state, scene: sceneOf(state, view) })),
      );
    }),
  );
}

/** The drawn wire's line (its straight run, without the floppy tip's curve). */
function wireLine(frame: Frame): Point[] | undefined {
  const part = frame.scene.devices.find((p) => p.part === 'wire' && p.opacity > 0);
  // The M/L run up to the floppy tip's curve (its Q command).
  return part && polylines(part.d.split(/[CQ ]/)[0]!)[0];
}

/** The stent's drawn centre line and inner radius at each of its points. */
function stentTube(frame: Frame): { line: Point[]; radius: number[] } | undefined {
  const stent = frame.state.devices.find((d) => STENT_KINDS.has(d.kind) && d.opacity > 0);
  const parts = frame.scene.devices.filter((p) => p.deviceId === stent?.id && p.opacity > 0);
  const plastic = parts.find((p) => p.part === 'plastic');
  if (plastic) {
    const line = polylines(plastic.d)[0]!;
    return { line, radius: line.map(() => plastic.width / 2) };
  }
  const body = parts.find((p) => p.part === 'stent-body');
  if (!body) return undefined;
  // The closed outline runs down one edge and back up the other: its centre line is halfway across.
  const edge = polylines(body.d)[0]!;
  const n = Math.floor(edge.length / 2);
  const pairs = Array.from({ length: n }, (_, i) => [edge[i]!, edge[edge.length - 1 - i]!] as const);
  return {
    line: pairs.map(([a, b]): Point => [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2]),
    radius: pairs.map(([a, b]) => distance(a, b) / 2),
  };
}

/** Points every `step` units along a polyline. */
function resampled(line: readonly Point[], step: number): Point[] {
  const total = polylineLength(line);
  return Array.from({ length: Math.floor(total / step) + 1 }, (_, k) => pointAtLength(line, k * step).point);
}

function nearestIndex(line: readonly Point[], p: Point): number {
  let best = 0;
  for (let i = 1; i < line.length; i++) if (distance(line[i]!, p) < distance(line[best]!, p)) best = i;
  return best;
}

const at = (p: Point) => `${p[0].toFixed(0)},${p[1].toFixed(0)}`;

let all: Frame[] = [];
before(function () {
  this.timeout(300_000);
  all = frames();
});

// Radiologist, issue 8: with the plastic stent the wire left through the stent's wall at the bend into D2, and ran
// down D2 along its medial wall. The stent, its delivery system and pusher are threaded over the wire.
describe('the guidewire through a stent', () => {
  it('runs down the stent: every wire point along the stent lies within its inner radius of its centre line', () => {
    const bad = all.flatMap((frame) => {
      const [line, tube] = [wireLine(frame), stentTube(frame)];
      if (!line || !tube) return [];
      // The wire's stretch along the stent: between its points nearest the stent's drawn ends.
      const points = resampled(line, 1);
      const i0 = nearestIndex(points, tube.line[0]!);
      const i1 = nearestIndex(points, tube.line.at(-1)!);
      let [worst, where]: [number, Point] = [0, [0, 0]];
      for (const p of points.slice(i0 + END_CLEAR, i1 - END_CLEAR + 1)) {
        const out = nearestOnPolyline(tube.line, p).distance - tube.radius[nearestIndex(tube.line, p)]!;
        if (out > worst) [worst, where] = [out, p];
      }
      return worst > TOLERANCE ? [`${frame.what}: ${worst.toFixed(1)} u outside the stent at ${at(where)}`] : [];
    });
    expect(all.filter((f) => wireLine(f) && stentTube(f)).length, 'frames with a wire through a stent').to.be.at.least(
      40,
    );
    expect(bad, bad.join('\n')).to.deep.equal([]);
  });

  it('leaves through the stent’s end into the middle of D2: at least 1 mm from the walls', () => {
    const bad = all.flatMap((frame) => {
      const [line, tube] = [wireLine(frame), stentTube(frame)];
      if (!line || !tube) return [];
      const stentEnd = tube.line.at(-1)!;
      // A stent still inside the ducts: the wire itself leaves them through the papilla, crossing its wall.
      const points = resampled(line, 1);
      const inBowel = nearestIndex(points, stentEnd) > nearestIndex(points, papilla);
      const [end, clear] = inBowel ? [stentEnd, MOUTH] : [papilla, WALL_CROSSING];
      // The wire past the stent's mouth (or the papilla): from the wire point nearest it on.
      const from = nearestIndex(points, end);
      if (distance(points[from]!, end) > 8) return [];
      const out = points
        .slice(from)
        .filter((p) => distance(p, end) > clear)
        .map((p) => ({ p, excess: nearestOnPolyline(bowel, p).distance - (LUMEN - UNITS_PER_MM) }))
        .filter((x) => x.excess > 0);
      if (!out.length) return [];
      const worst = out.reduce((a, b) => (b.excess > a.excess ? b : a));
      return [`${frame.what}: ${out.length} points in the wall strip, ${worst.excess.toFixed(1)} u at ${at(worst.p)}`];
    });
    expect(bad, bad.join('\n')).to.deep.equal([]);
  });

  it(`bends in smooth curves: no corner over ${MAX_TURN}° between samples 1.5 units apart`, () => {
    const bad = all.flatMap((frame) => {
      const line = wireLine(frame);
      if (!line) return [];
      const pts = line.filter((p, i) => i === 0 || distance(p, line[i - 1]!) >= 1.5);
      let [worst, where]: [number, Point] = [0, [0, 0]];
      for (let i = 1; i < pts.length - 1; i++) {
        const [a, b, c] = [pts[i - 1]!, pts[i]!, pts[i + 1]!];
        let d = ((Math.atan2(c[1] - b[1], c[0] - b[0]) - Math.atan2(b[1] - a[1], b[0] - a[0])) * 180) / Math.PI;
        while (d > 180) d -= 360;
        while (d < -180) d += 360;
        if (Math.abs(d) > worst) [worst, where] = [Math.abs(d), b];
      }
      return worst > MAX_TURN ? [`${frame.what}: ${worst.toFixed(0)}° at ${at(where)}`] : [];
    });
    expect(bad, bad.join('\n')).to.deep.equal([]);
  });
});
