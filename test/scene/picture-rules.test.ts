import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { obstructionCase } from '../../src/model/bundled-obstructions.js';
import { caseAnatomy } from '../../src/model/case-anatomy.js';
import { cameraNamed } from '../../src/model/cameras.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import {
  distance,
  distanceToPolyline,
  insidePolygon,
  nearestOnPolyline,
  pointAtLength,
  polylineLength,
  sampleSpline,
} from '../../src/model/geometry.js';
import type { Anatomy } from '../../src/model/parse-anatomy.js';
import { LANDMARKS } from '../../src/model/landmarks.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { PIGTAIL_RADIUS } from '../../src/scene/devices/pigtail-loop.js';
import { MOUND } from '../../src/scene/papilla-mound.js';
import type { Scene } from '../../src/scene/scene-types.js';
import { structureGeometry } from '../../src/scene/structure-paths.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { buildDuctTree } from '../../src/timeline/duct-tree.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import type { Timeline } from '../../src/timeline/timeline-types.js';
import { sceneAtEnd, sceneOf, stateAt } from './scene-at.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
const procedure = (name: keyof typeof BUNDLED_PROCEDURES) =>
  parseProcedure(BUNDLED_PROCEDURES[name] as unknown, anatomy, name);

/** The polylines of an SVG path made of M and L commands (other commands end a run). */
function runs(d: string): Point[][] {
  const out: Point[][] = [];
  for (const m of d.matchAll(/([ML])(-?[\d.]+),(-?[\d.]+)|[A-Za-z]/g)) {
    if (m[1] === 'M') out.push([]);
    if (m[1]) out.at(-1)!.push([Number(m[2]), Number(m[3])]);
    else out.push([]);
  }
  return out.filter((r) => r.length);
}

/** The scene at the end of one step, as the element builds it. */
const sceneAt = (
  timeline: Timeline,
  id: string,
  a: Anatomy = anatomy,
  width = 1280,
  audience: 'clinician' | 'patient' = 'clinician',
): Scene => sceneAtEnd(timeline, id, { anatomy: a, width, audience }).scene;

/** Turning in degrees at each inner vertex, skipping segments shorter than `min`. */
function turns(line: readonly Point[], min = 0.5): number[] {
  const pts = line.filter((p, i) => i === 0 || distance(p, line[i - 1]!) >= min);
  const out: number[] = [];
  for (let i = 1; i < pts.length - 1; i++) {
    const [a, b, c] = [pts[i - 1]!, pts[i]!, pts[i + 1]!];
    const u = Math.atan2(b[1] - a[1], b[0] - a[0]);
    const v = Math.atan2(c[1] - b[1], c[0] - b[0]);
    let d = ((v - u) * 180) / Math.PI;
    while (d > 180) d -= 360;
    while (d < -180) d += 360;
    out.push(d);
  }
  return out;
}

const tubeOf = (a: Anatomy, id: string): Point[] => structureGeometry(a.byId.get(id)!, { dilation: 1, minWidth: 0 });

describe('issue 8: the benign anastomotic case is a hepaticojejunostomy', () => {
  const hj = caseAnatomy(anatomy, obstructionCase('benign-anastomotic'));

  it('has no gallbladder, CBD or papilla, and draws the Roux jejunal limb', () => {
    for (const id of ['gallbladder', 'cystic-duct', 'common-bile-duct', 'major-papilla', 'ampulla'])
      expect(hj.byId.has(id), id).to.equal(false);
    expect(hj.byId.get('roux-limb')?.hidden).to.equal(false);
    // Other cases keep the native anatomy.
    expect(caseAnatomy(anatomy, obstructionCase('distal'))).to.equal(anatomy);
  });

  it('joins the common hepatic duct to the limb, with the ring stricture at the join', () => {
    const chd = buildDuctTree(hj).get('common-hepatic-duct')!;
    expect(chd.parent?.id).to.equal('roux-limb');
    const ring = obstructionCase('benign-anastomotic').lesions[0]!;
    expect(ring.kind).to.equal('ring');
    expect(ring.duct).to.equal('common-hepatic-duct');
    // The ring's lower end lies within 1 cm (28 u) of the join, and the join lies on the limb's wall.
    expect((1 - ring.span[1]) * chd.line.length, 'ring to the join').to.be.at.most(28);
    const wall = tubeOf(hj, 'roux-limb');
    const join = (hj.byId.get('hepaticojejunostomy')!.shape as { at: Point }).at;
    expect(distanceToPolyline(join, [...wall, wall[0]!]), 'join on the limb wall').to.be.at.most(4);
  });

  // Radiologist A2: after a bile-duct-injury repair the pancreas and duodenum stay, and the limb comes up to an
  // end-to-side join at the hilum, not down the old CBD's course across the pancreatic head.
  const limb = tubeOf(hj, 'roux-limb');
  const spine = sampleSpline((hj.byId.get('roux-limb')!.shape as { centerline: Point[] }).centerline);
  const join = (hj.byId.get('hepaticojejunostomy')!.shape as { at: Point }).at;

  // Illustrator N3, radiologist N5: a retrocolic limb rises from the mid-abdomen in front of the duodenum and the
  // pancreatic head (overlap in projection is honest), medial to D2, never down the old CBD's course or the flank.
  it('runs the Roux limb up from the mid-abdomen, medial to D2 and clear of where the CBD was', () => {
    const cbd = sampleSpline((anatomy.byId.get('common-bile-duct')!.shape as { centerline: Point[] }).centerline);
    for (const p of cbd.filter((q) => q[1] > join[1] + 56))
      expect(insidePolygon(p, limb), `old CBD course at ${p.join(',')}`).to.equal(false);
    const d2 = (anatomy.byId.get('duodenum-d2')!.shape as { at: Point }).at;
    for (const p of spine.filter((q) => q[1] > 520 && q[1] < 760))
      expect(p[0], `limb at ${p.map(Math.round).join(',')} medial to D2`).to.be.above(d2[0] + 70);
    expect(spine.at(-1)![1], 'comes up from below the crop').to.be.at.least(790);
  });

  it('has a short blind end past the join, and a visible Y lower down near or left of the midline', () => {
    const { arc } = nearestOnPolyline(spine, join);
    // The closed end runs on 5–25 mm past the join (28 u per cm).
    expect(arc, 'blind stump').to.be.within(14, 70);
    // The biliopancreatic limb leaves the duodenojejunal flexure, left of the spine, and ends on the limb's side.
    const bp = hj.byId.get('jejunojejunostomy')!;
    expect(bp.hidden).to.equal(false);
    const bpLine = sampleSpline((bp.shape as { centerline: Point[] }).centerline);
    const flexure = (anatomy.byId.get('duodenum')!.shape as { centerline: Point[] }).centerline.at(-1)!;
    expect(distance(bpLine[0]!, flexure), 'starts at the DJ flexure').to.be.at.most(4);
    expect(flexure[0], 'DJ flexure left of the midline').to.be.above(600);
    const y = bpLine.at(-1)!;
    expect(distanceToPolyline(y, spine), 'ends on the limb').to.be.at.most(24);
    expect(y[0], 'the Y near or left of the midline (X 560)').to.be.at.least(560 - 28);
    expect(y[1] - join[1], 'the Y well below the hilum').to.be.at.least(300);
    // The limb runs on past the Y as the common channel.
    expect(nearestOnPolyline(spine, y).arc, 'Y before the limb ends').to.be.below(polylineLength(spine) - 28);
  });

  // Illustrator N3 (round 4): the Y sat on the bottom crop edge. The join and the biliopancreatic limb's lower wall
  // lie inside the frames the HJ steps use (the overview and the bile path), a few units clear of the edge.
  for (const name of ['overview', 'bile-path'])
    it(`shows the whole Y inside the case's ${name} frame`, () => {
      const bp = hj.byId.get('jejunojejunostomy')!;
      const lowest = Math.max(...tubeOf(hj, 'jejunojejunostomy').map((p) => p[1]));
      const y = sampleSpline((bp.shape as { centerline: Point[] }).centerline).at(-1)!;
      const frame = cameraNamed(obstructionCase('benign-anastomotic').frames[name] ?? name);
      expect(lowest, 'limb wall above the frame bottom').to.be.at.most(frame.y + frame.h - 6);
      const half = (bp.shape as { diameter: { normal: number } }).diameter.normal / 2;
      expect(y[1] + half, 'the join above the frame bottom').to.be.at.most(frame.y + frame.h - 6);
    });

  for (const [name, step] of [
    ['internal-drainage', 'internal-external-drain'],
    ['balloon-dilation', 'catheter-across'],
  ] as const) {
    it(`${name}: the catheter across the join ends in the limb, and the scene draws no removed structure`, () => {
      const timeline = compileTimeline(procedure(name), anatomy, {
        approach: 'right',
        obstruction: 'benign-anastomotic',
      });
      const scene = sceneAt(timeline, step, hj);
      const drain = sampleTimeline(timeline, timeline.duration).devices.find(
        (d) => d.kind === 'internal-external-drain',
      )!;
      const wall = tubeOf(hj, 'roux-limb');
      const casing = runs(scene.devices.find((p) => p.deviceId === drain.id && p.part === 'casing')!.d)[0]!;
      expect(insidePolygon(casing.at(-1)!, wall), 'pigtail end in the limb').to.equal(true);
      expect(insidePolygon(drain.route[drain.route.length - 1]!, wall), 'route ends in the limb').to.equal(true);
      const drawn = new Set(scene.paths.map((p) => p.structureId));
      for (const id of ['gallbladder', 'cystic-duct', 'common-bile-duct', 'major-papilla', 'duodenum-d2'])
        expect(drawn.has(id), id).to.equal(false);
      expect(drawn.has('roux-limb')).to.equal(true);
      expect(drawn.has('jejunojejunostomy')).to.equal(true);
    });
  }
});

describe('issue 8: aim line for the right access', () => {
  const timeline = compileTimeline(procedure('ptcd'), anatomy, { approach: 'right' });
  const scene = sceneAt(timeline, 'right-entry');
  const path = runs(scene.paths.find((p) => p.id === 'aim-path')!.d)[0]!;
  const arrow = runs(scene.paths.find((p) => p.id === 'aim-t12')!.d);
  const at = (id: string) => (anatomy.byId.get(id)!.shape as { at: Point }).at;

  it('is dotted (planned) and ends at the target duct, in its lumen', () => {
    expect(scene.paths.find((p) => p.id === 'aim-path')!.paint).to.equal('planned');
    expect(distance(path.at(-1)!, at('right-target'))).to.be.below(1);
    expect(insidePolygon(path.at(-1)!, tubeOf(anatomy, 'segment-6-duct'))).to.equal(true);
  });

  it('stays at least 1 cm clear of the hilum', () => {
    const hilum = [
      'right-hepatic-duct',
      'left-hepatic-duct',
      'common-hepatic-duct',
      'portal-vein',
      'right-portal-vein',
    ];
    for (const id of hilum)
      for (let k = 0; k <= 20; k++) {
        const p: Point = [
          path[0]![0] + ((path[1]![0] - path[0]![0]) * k) / 20,
          path[0]![1] + ((path[1]![1] - path[0]![1]) * k) / 20,
        ];
        expect(distanceToPolyline(p, tubeOf(anatomy, id)), id).to.be.at.least(28);
      }
  });

  it('shows "toward T12" as a short arrow at the medial end of the planned path, pointing at T12', () => {
    const [shaft] = arrow;
    const [a, b] = [shaft![0]!, shaft!.at(-1)!];
    expect(distance(a, b), 'at most 1.5 cm').to.be.at.most(42);
    expect(distance(a, at('right-target')), 'at the medial end').to.be.at.most(24);
    expect(Math.sign(b[0] - a[0])).to.equal(Math.sign(at('t12-aim')[0] - a[0]));
    expect(a[1], 'horizontal').to.equal(b[1]);
    expect(arrow.length, 'with an arrowhead').to.be.at.least(2);
  });

  it('writes "T12" on the T12 body on the film only: the illustration draws no spine there, so no tag floats', () => {
    // "T12" names a vertebra: it is written on the T12 body, never in the flank beside the needle.
    const film = sceneOf(stateAt(timeline, 'right-entry', 1), 'fluoroscopy', { labels: true });
    const tag = film.labels.find((l) => l.structureId === 't12-aim')!;
    expect(tag.text).to.equal('T12');
    expect(distance([tag.x, tag.y], at('t12-aim')), 'on the T12 body').to.be.at.most(tag.size * 1.7);
    expect(scene.labels.filter((l) => l.text === 'T12')).to.deep.equal([]);
    expect(scene.paths.filter((p) => p.structureId === 't12-aim' && p.paint === 'dot')).to.deep.equal([]);
  });
});

describe('issue 8: access anatomy', () => {
  it('numbers ribs 8-11 at the right access', () => {
    const timeline = compileTimeline(procedure('ptcd'), anatomy, { approach: 'right' });
    const numerals = sceneAt(timeline, 'right-puncture')
      .labels.filter((l) => l.id.startsWith('numeral-rib'))
      .map((l) => l.text);
    expect(numerals).to.deep.equal(['8', '9', '10', '11']);
  });

  it('passes the needle between ribs 10 and 11 at the skin, just above the lower rib', () => {
    // Measured in the mid-axillary line, where each rib band starts and the needle meets the skin.
    const y = (anatomy.byId.get('right-entry')!.shape as { at: Point }).at[1];
    const rib = (id: string) => anatomy.byId.get(id)!.shape as { points: Point[]; width: number };
    const above = y - (rib('rib-10').points[0]![1] + rib('rib-10').width / 2);
    const below = rib('rib-11').points[0]![1] - rib('rib-11').width / 2 - y;
    expect(above, 'below rib 10').to.be.above(0);
    expect(below, 'above rib 11').to.be.above(0);
    expect(below, 'nearer the lower rib').to.be.below(above);
    expect(below, 'within about 6 mm of it').to.be.at.most(17);
  });

  it('draws the diaphragm as a 5 mm muscle band arching over both domes', () => {
    const d = anatomy.byId.get('diaphragm')!.shape;
    expect(d.type).to.equal('band');
    if (d.type !== 'band') return;
    expect(d.width).to.equal(14);
    const liverTop = (x: number) => {
      const outline = sampleSpline((anatomy.byId.get('liver')!.shape as { points: Point[] }).points);
      return Math.min(...outline.filter((p) => Math.abs(p[0] - x) < 6).map((p) => p[1]));
    };
    const spine = sampleSpline(d.points);
    for (const x of [300, 720]) {
      const top = Math.min(...spine.filter((p) => Math.abs(p[0] - x) < 4).map((p) => p[1]));
      expect(top, `dome over x ${x}`).to.be.below(liverTop(x));
    }
    // It continues past the liver's left tip down the left wall: a muscle of its own, not a liver outline.
    expect(Math.max(...spine.map((p) => p[0]))).to.be.above(800);
  });
});

describe('issue 8: devices', () => {
  const ptcd = compileTimeline(procedure('ptcd'), anatomy, { approach: 'right' });
  const drainScene = sceneAt(ptcd, 'drain');
  const part = (scene: Scene, name: string) => scene.devices.find((p) => p.part === name && p.deviceId === 'drain')!;

  it('curls the pigtail 1-1.25 turns into a loop about 12 mm across, as wide as the shaft', () => {
    const casing = part(drainScene, 'casing');
    const line = runs(casing.d)[0]!;
    // Total turning over the drain's last stretch (the S onto the loop cancels itself out).
    const t = turns(line.slice(-60));
    const total = Math.abs(t.reduce((a, b) => a + b, 0));
    expect(total / 360, 'turns').to.be.within(1, 1.3);
    const loop = line.slice(-40);
    const xs = loop.map((p) => p[0]);
    const ys = loop.map((p) => p[1]);
    const across = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    expect(across, 'loop 12 ± 2 mm centreline diameter').to.be.within(2 * PIGTAIL_RADIUS - 6, 2 * PIGTAIL_RADIUS + 6);
    // The loop is the catheter itself: one casing path, one width.
    expect(drainScene.devices.filter((p) => p.deviceId === 'drain' && p.part === 'casing')).to.have.length(1);
  });

  it('ends the pigtail in a free tip curled inside the loop, not a closed ring', () => {
    const line = runs(part(drainScene, 'casing').d)[0]!;
    // The loop's centre: the middle of its box over the last full turn.
    const loop = line.slice(-40);
    const xs = loop.map((p) => p[0]);
    const ys = loop.map((p) => p[1]);
    const centre = [(Math.max(...xs) + Math.min(...xs)) / 2, (Math.max(...ys) + Math.min(...ys)) / 2];
    const tip = line.at(-1)!;
    expect(
      Math.hypot(tip[0] - centre[0]!, tip[1] - centre[1]!) / PIGTAIL_RADIUS,
      'tip radius / loop radius',
    ).to.be.below(0.75);
  });

  it('draws side holes as small dots inside the catheter wall', () => {
    const casing = part(drainScene, 'casing');
    const holes = part(drainScene, 'holes');
    const r = Number(/a(-?[\d.]+),/.exec(holes.d)![1]);
    expect(r, 'hole radius').to.be.at.most(casing.width * 0.2);
  });

  it('hangs the bag outside the body outline', () => {
    const skin = (anatomy.byId.get('skin-right-flank')!.shape as { points: Point[] }).points;
    const bag = runs(sceneAt(ptcd, 'drainage').devices.find((p) => p.part === 'bag')!.d)[0]!;
    for (const p of bag) {
      const edge = skin.reduce((best, q) => (Math.abs(q[1] - p[1]) < Math.abs(best[1] - p[1]) ? q : best));
      expect(p[0], `bag point ${p} left of the flank`).to.be.below(edge[0] - 5);
    }
    expect(LANDMARKS.bags.right.x + LANDMARKS.bags.right.w).to.be.below(Math.min(...skin.map((q) => q[0])) + 20);
  });

  it('hangs every left and bilateral drain’s bag outside the body, its tubing clear of the organ labels', () => {
    const skin = (anatomy.byId.get('skin-right-flank')!.shape as { points: Point[] }).points;
    const costal = Math.max(
      ...(anatomy.byId.get('costal-margin-left')!.shape as { points: Point[] }).points.map((p) => p[0]),
    );
    const cases = [
      { name: 'ptcd', options: { approach: 'left', obstruction: 'distal' } },
      { name: 'internal-drainage', options: { approach: 'right', obstruction: 'hilar-3a' } },
      { name: 'internal-drainage', options: { approach: 'right', obstruction: 'hilar-4' } },
    ] as const;
    let left = 0;
    let both = 0;
    for (const { name, options } of cases) {
      const timeline = compileTimeline(procedure(name), anatomy, options);
      for (const step of timeline.steps)
        for (const width of [360, 1280])
          for (const audience of ['clinician', 'patient'] as const) {
            const scene = sceneAt(timeline, step.id, anatomy, width, audience);
            const at = `${name} ${JSON.stringify(options)} ${step.id} ${width} ${audience}`;
            const tubes = scene.devices.filter((p) => p.part === 'tubing');
            const bags = scene.devices.filter((p) => p.part === 'bag');
            if (!tubes.some((t) => runs(t.d)[0]![0]![0] > LANDMARKS.midlineX)) continue;
            left++;
            if (tubes.length > 1) both++;
            // Lead review: a left (subxiphoid) drain's tubing runs a short way to a bag on the patient's left.
            for (const bag of bags) {
              const points = runs(bag.d)[0]!;
              const leftSide = points[0]![0] > LANDMARKS.midlineX;
              for (const p of points) {
                const edge = skin.reduce((b, q) => (Math.abs(q[1] - p[1]) < Math.abs(b[1] - p[1]) ? q : b));
                if (leftSide) expect(p[0], `${at}: bag point ${p} beyond the left costal margin`).to.be.above(costal);
                else expect(p[0], `${at}: bag point ${p} outside the flank`).to.be.below(edge[0] - 5);
                expect(p[0], `${at}: bag point ${p} in the frame`).to.be.within(
                  scene.camera.x,
                  scene.camera.x + scene.camera.w,
                );
              }
            }
            for (const tube of tubes) {
              const line = runs(tube.d)[0]!;
              const leftSide = line[0]![0] > LANDMARKS.midlineX;
              expect(polylineLength(line), `${at}: a short external tube`).to.be.below(leftSide ? 360 : 400);
              for (const p of line) expect(p[0] > LANDMARKS.midlineX, `${at}: tubing on its side`).to.equal(leftSide);
            }
            for (const label of scene.labels.filter((l) => l.kind === 'organ')) {
              // The label's text box, estimated from its size (wide letters, baseline at y).
              const w = label.text.length * label.size * 0.6;
              const x0 = label.align === 'start' ? label.x : label.align === 'end' ? label.x - w : label.x - w / 2;
              const [y0, y1] = [label.y - label.size, label.y + label.size * 0.25];
              for (const tube of tubes)
                for (const p of runs(tube.d)[0]!)
                  expect(
                    p[0] >= x0 && p[0] <= x0 + w && p[1] >= y0 && p[1] <= y1,
                    `${at}: tubing ${p} over the label ${label.text}`,
                  ).to.equal(false);
            }
          }
    }
    expect(left, 'frames with a left drain to a bag').to.be.at.least(8);
    expect(both, 'frames with two bags').to.be.at.least(4);
  });

  it('draws the ultrasound probe as a curved transducer with a cable', () => {
    const left = compileTimeline(procedure('ptcd'), anatomy, { approach: 'left' });
    const scene = sceneAt(left, 'left-access');
    const probe = scene.devices.filter((p) => p.deviceId.includes('probe'));
    expect(probe.map((p) => p.part)).to.include.members(['probe', 'cable', 'beam']);
    const face = runs(probe.find((p) => p.part === 'probe')!.d)[0]!.slice(0, 13);
    // A convex face: it turns steadily one way.
    const t = turns(face, 0.1);
    expect(t.every((a) => Math.sign(a) === Math.sign(t[0]!) && Math.abs(a) > 1)).to.equal(true);
  });

  it('bends wires in smooth curves: no corner over 20° between 2 u samples, in every step', () => {
    for (const approach of ['right', 'left'] as const)
      for (const name of ['ptcd', 'internal-drainage'] as const) {
        const timeline = compileTimeline(procedure(name), anatomy, { approach });
        for (let i = 0; i < timeline.steps.length; i++) {
          const state = sampleTimeline(timeline, stepEndTime(timeline, i));
          for (const d of state.devices.filter((x) => x.kind.startsWith('wire'))) {
            const scene = sceneAt(timeline, timeline.steps[i]!.id);
            const wire = scene.devices.find((p) => p.deviceId === d.id && p.part === 'wire');
            if (!wire) continue;
            const line = runs(wire.d)[0]!;
            const all = turns(line, 1.5).map(Math.abs);
            const worst = Math.max(...all);
            expect(worst, `${name} ${approach} ${timeline.steps[i]!.id} ${d.id}`).to.be.at.most(20);
          }
        }
      }
  });
});

describe('issue 8: tumours, papilla and the pancreatic duct', () => {
  it('draws a pancreatic-head tumour as one smooth lobed mass wrapping the CBD and the pancreatic duct', () => {
    const timeline = compileTimeline(procedure('internal-drainage'), anatomy, { approach: 'right' });
    const scene = sceneAt(timeline, 'cholangiogram');
    const masses = scene.paths.filter((p) => p.paint === 'lesion');
    expect(masses).to.have.length(1);
    const outline = runs(masses[0]!.d)[0]!;
    expect(outline.length, 'finely sampled').to.be.at.least(48);
    expect(Math.max(...turns([...outline, outline[0]!, outline[1]!]).map(Math.abs)), 'no sharp corner').to.be.at.most(
      15,
    );
    const lesion = obstructionCase('distal').lesions[0]!;
    const cbd = sampleSpline((anatomy.byId.get('common-bile-duct')!.shape as { centerline: Point[] }).centerline);
    const cbdLength = polylineLength(cbd);
    const wrapped = [0, 0.25, 0.5, 0.75, 1].map(
      (f) => pointAtLength(cbd, (lesion.span[0] + f * (lesion.span[1] - lesion.span[0])) * cbdLength).point,
    );
    for (const p of wrapped) expect(insidePolygon(p, outline), `CBD ${p}`).to.equal(true);
    const pd = sampleSpline((anatomy.byId.get('pancreatic-duct')!.shape as { centerline: Point[] }).centerline);
    const ampulla = (anatomy.byId.get('ampulla')!.shape as { at: Point }).at;
    const head = pd.filter((p) => distance(p, ampulla) > 14 && distance(p, ampulla) < 42);
    expect(head.length).to.be.greaterThan(2);
    for (const p of head) expect(insidePolygon(p, outline), `PD ${p}`).to.equal(true);
  });

  it('draws a hilar tumour as one sleeve path following the Bismuth extent', () => {
    for (const id of ['hilar-1', 'hilar-2', 'hilar-3a', 'hilar-3b', 'hilar-4']) {
      const c = obstructionCase(id);
      const timeline = compileTimeline(procedure('internal-drainage'), anatomy, { approach: 'right', obstruction: id });
      const scene = sceneAt(timeline, 'cholangiogram');
      const tumours = scene.paths.filter((p) => p.paint === 'lesion');
      expect(tumours, id).to.have.length(1);
      const pieces = runs(tumours[0]!.d);
      for (const l of c.lesions) {
        const spine = sampleSpline((anatomy.byId.get(l.duct)!.shape as { centerline: Point[] }).centerline);
        const mid = pointAtLength(spine, ((l.span[0] + l.span[1]) / 2) * polylineLength(spine)).point;
        expect(
          pieces.some((p) => insidePolygon(mid, p)),
          `${id}: ${l.duct}`,
        ).to.equal(true);
      }
    }
  });

  it('draws the papilla as one small mound on the inner wall of D2, with no second dot', () => {
    const scene = buildScene(anatomy, {
      camera: { x: 340, y: 440, w: 280, h: 320 },
      viewport: { width: 360, height: 400 },
      defaultDilation: 0,
      gallbladder: 'normal',
      labels: false,
      active: null,
    });
    const marks = scene.paths.filter((p) => ['major-papilla', 'ampulla'].includes(p.structureId));
    expect(marks.map((p) => p.paint)).to.deep.equal(['mound']);
    const mound = runs(marks[0]!.d)[0]!;
    const d2 = sampleSpline((anatomy.byId.get('duodenum')!.shape as { centerline: Point[] }).centerline);
    const half = 35;
    const gaps = mound.map((p) => distanceToPolyline(p, d2));
    expect(Math.max(...gaps), 'grows from the wall').to.be.at.most(half + 3);
    expect(Math.min(...gaps), 'bulges into the lumen').to.be.at.most(half - MOUND.height + 1);
    const papilla = (anatomy.byId.get('major-papilla')!.shape as { at: Point }).at;
    expect(papilla[0], 'on the medial (patient-left) wall').to.be.above(d2.find((p) => p[1] >= papilla[1])![0]);
    const span = Math.max(...mound.map((p) => distance(p, papilla)));
    expect(span, 'small: within about 4 mm of its point').to.be.at.most(14);
  });

  it('gives the pancreatic duct its own colour and a calibre below the CBD', () => {
    const pd = anatomy.byId.get('pancreatic-duct')!;
    const cbd = anatomy.byId.get('common-bile-duct')!;
    expect(pd.tone).to.not.equal(cbd.tone);
    if (pd.shape.type !== 'tube' || cbd.shape.type !== 'tube') throw new Error('tubes');
    for (const k of ['normal', 'dilated'] as const) expect(pd.shape.diameter[k], k).to.be.below(cbd.shape.diameter[k]);
  });
});
