import { expect } from '@open-wc/testing';
import ptcd from '../../data/procedures/ptcd.json';
import type { Point } from '../../src/model/anatomy-schema.js';
import { CAMERAS } from '../../src/model/cameras.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { distance, distanceToSegment, pointAtLength, polylineLength, sampleSpline } from '../../src/model/geometry.js';
import { obstructionCase } from '../../src/model/bundled-obstructions.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';

const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
const procedure = parseProcedure(ptcd, anatomy);
// PTCD compiles with the default obstruction case: a pancreatic-head mass on the distal CBD,
// fully dilating everything upstream, with a double-duct sign and a Courvoisier gallbladder (brief §4.2).
const distal = obstructionCase('distal');
const obstruction = {
  duct: distal.lesions[0]!.duct,
  span: distal.lesions[0]!.span,
  mass: distal.lesions[0]!.mass,
  dilation: 1,
  alsoDilated: distal.alsoDilated,
  gallbladder: 'distended',
};
const timelines = (['right', 'left'] as const).map((approach) => compileTimeline(procedure, anatomy, { approach }));

/** The obstruction's upper end: span[0] of the way along the duct's smoothed centreline. */
const shape = anatomy.byId.get(obstruction.duct)!.shape;
const centreline = shape.type === 'tube' ? sampleSpline(shape.centerline) : [];
const blockTop = pointAtLength(centreline, obstruction.span[0] * polylineLength(centreline)).point;

/** Arc length along a route to where it passes within `tolerance` of p, or null if it never does. */
function arcTo(route: readonly Point[], p: Point, tolerance = 1): number | null {
  let walked = 0;
  for (let i = 1; i < route.length; i++) {
    const [a, b] = [route[i - 1]!, route[i]!];
    if (distanceToSegment(p, a, b) <= tolerance) return walked + Math.min(distance(a, b), distance(a, p));
    walked += distance(a, b);
  }
  return null;
}

/** Every 97 ms (an odd stride, so it lands between keyframes) plus each step's end. */
function times(duration: number, ends: number[]): number[] {
  const out: number[] = [];
  for (let t = 0; t < duration; t += 97) out.push(t);
  return [...out, ...ends].sort((a, b) => a - b);
}

describe('sampleTimeline', () => {
  for (const timeline of timelines) {
    describe(`${timeline.approach} approach`, () => {
      const ends = timeline.steps.map((_, i) => stepEndTime(timeline, i));
      const grid = times(timeline.duration, ends);
      const states = grid.map((t) => [t, sampleTimeline(timeline, t)] as const);
      const first = sampleTimeline(timeline, 0);
      const last = sampleTimeline(timeline, timeline.duration);

      it('arrives at each step end without a jump: a step shown by seeking is the end of playing it', () => {
        // Sampling is pure, so what can differ between seeking to a step and playing into it is a
        // discontinuity at the step end: the last frames of a step must converge on its end state.
        timeline.steps.forEach((step, i) => {
          const end = sampleTimeline(timeline, stepEndTime(timeline, i));
          const before = sampleTimeline(timeline, step.end - 0.5);
          expect(end.step, step.id).to.equal(i);
          expect(before.step, step.id).to.equal(i);
          expect(
            before.devices.map((d) => d.id),
            step.id,
          ).to.deep.equal(end.devices.map((d) => d.id));
          before.devices.forEach((d, k) => {
            const e = end.devices[k]!;
            for (const key of ['tip', 'tail', 'curl', 'opacity'] as const)
              expect(d[key], `${step.id} ${d.id} ${key}`).to.be.closeTo(e[key], 0.5);
          });
          for (const [duct, v] of Object.entries(end.dilation))
            expect(before.dilation[duct], `${step.id} ${duct}`).to.be.closeTo(v, 0.01);
          expect(before.distension, step.id).to.be.closeTo(end.distension, 0.01);
        });
      });

      it('never lets a device tip past the upper end of the obstruction', () => {
        let nearest = Infinity;
        for (const [t, state] of states) {
          for (const d of state.devices) {
            const limit = arcTo(d.route, blockTop);
            if (limit === null) continue;
            expect(d.tip, `${d.id} at ${t} ms`).to.be.at.most(limit + 0.5);
            nearest = Math.min(nearest, limit - d.tip);
          }
        }
        // Not vacuous: the access route reaches the block and the exploring wire probes it.
        expect(nearest).to.be.lessThan(5);
        const drain = last.devices.find((d) => d.kind === 'drain')!;
        expect(arcTo(drain.route, blockTop)).to.not.equal(null);
        expect(drain.tip).to.be.lessThan(arcTo(drain.route, blockTop)!);
      });

      it('never fills contrast past the obstruction', () => {
        for (const [t, state] of states) {
          const filled = state.contrast[obstruction.duct];
          if (filled) expect(filled[1], `at ${t} ms`).to.be.at.most(obstruction.span[0] + 1e-9);
          for (const [duct, span] of Object.entries(state.contrast)) {
            expect(span[0], `${duct} at ${t} ms`).to.be.at.least(0);
            expect(span[1], `${duct} at ${t} ms`).to.be.at.most(1);
          }
        }
        // The cholangiogram does reach the block, and nothing beyond it (the pancreatic duct) fills.
        expect(last.contrast[obstruction.duct]![1]).to.be.closeTo(obstruction.span[0], 1e-6);
        expect(last.contrast['pancreatic-duct']).to.equal(undefined);
        expect(last.contrast['common-hepatic-duct']).to.deep.equal([0, 1]);
      });

      it('ends with the drain pigtail formed and locked, and bile flowing into the bag', () => {
        const drain = last.devices.filter((d) => d.kind === 'drain');
        expect(drain).to.have.length(1);
        expect(drain[0]!.curl).to.equal(1);
        expect(drain[0]!.opacity).to.equal(1);
        expect(last.flow.active).to.equal(true);
        expect(last.flow.into).to.equal('bag');
        expect(last.bag).to.be.greaterThan(first.bag);
        expect(last.devices.map((d) => d.kind)).to.deep.equal(['drain']);
      });

      it('starts obstructed and ends decompressed', () => {
        expect(first.obstruction).to.deep.equal({
          duct: obstruction.duct,
          span: obstruction.span,
          mass: obstruction.mass ?? null,
        });
        expect(first.gallbladder).to.equal(obstruction.gallbladder);
        expect(last.gallbladder).to.equal('normal');
        const biliary = Object.keys(first.dilation).filter((id) => !obstruction.alsoDilated.includes(id));
        expect(biliary).to.include.members([
          'common-bile-duct',
          'common-hepatic-duct',
          'right-hepatic-duct',
          'left-hepatic-duct',
        ]);
        for (const id of biliary) {
          expect(first.dilation[id], id).to.equal(obstruction.dilation);
          expect(last.dilation[id]!, id).to.be.lessThan(first.dilation[id]!);
        }
      });

      it('reaches each step camera preset by the end of the step, and shows the step labels', () => {
        timeline.steps.forEach((step, i) => {
          const state = sampleTimeline(timeline, stepEndTime(timeline, i));
          expect(state.camera, step.id).to.deep.equal(CAMERAS[step.camera]);
          expect(state.labels, step.id).to.deep.equal(step.labels);
          expect(state.guidance, step.id).to.equal(step.guidance);
          expect(state.stepProgress, step.id).to.equal(1);
        });
      });

      it('moves the camera from the previous preset, and clamps times outside the timeline', () => {
        const i = timeline.steps.findIndex((s, k) => k > 0 && s.camera !== timeline.steps[k - 1]!.camera);
        const step = timeline.steps[i]!;
        const previous = CAMERAS[timeline.steps[i - 1]!.camera]!;
        expect(sampleTimeline(timeline, step.start + 1e-3).camera.w).to.be.closeTo(previous.w, 0.01);
        expect(sampleTimeline(timeline, step.start + 300).camera).to.not.deep.equal(previous);
        expect(sampleTimeline(timeline, -50)).to.deep.equal(first);
        expect(sampleTimeline(timeline, timeline.duration + 50)).to.deep.equal(last);
      });
    });
  }
});
