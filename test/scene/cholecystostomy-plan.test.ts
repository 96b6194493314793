import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distance, pointAtLength } from '../../src/model/geometry.js';
import { sceneAtEnd, timelineOf } from './scene-at.js';
import { fills } from './path-fill.js';

/** The points of an M/L path, in order. */
const pointsOf = (d: string): Point[] =>
  [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

// Review (sessions 29–30): the scan step says "choose a path … and mark the skin", but it drew only the probe and its
// beam, so the needle of the next step came from nowhere the step had shown. The step now draws the plan: a cross on
// the skin and a dotted line from it to the target, which the needle then follows; it goes when the needle comes out.
describe('cholecystostomy: the scan step plans the needle’s path', () => {
  for (const [approach, puncture] of [
    ['transhepatic', 'th-puncture'],
    ['transperitoneal', 'tp-puncture'],
  ] as const) {
    const timeline = timelineOf('cholecystostomy', { approach: approach as never });

    it(`${approach}: a skin mark and a dotted path from it to where the needle's tip will stop, in the gallbladder`, () => {
      const { scene } = sceneAtEnd(timeline, 'scan');
      const plan = scene.devices.find((p) => p.part === 'planned');
      const mark = scene.devices.find((p) => p.part === 'skin-mark');
      expect(plan, 'a planned path').to.not.equal(undefined);
      expect(mark, 'a skin mark').to.not.equal(undefined);
      const { moment } = sceneAtEnd(timeline, puncture);
      const needle = moment.devices.find((d) => d.kind === 'chiba-needle')!;
      const entry = pointAtLength(needle.route, 0).point;
      const tip = pointAtLength(needle.route, needle.tip).point;
      const line = pointsOf(plan!.d);
      expect(distance(line[0]!, entry), 'the plan starts at the needle’s skin entry').to.be.below(1);
      // The dots stop about 3 mm short, where the needle's bevel covers them.
      expect(distance(line.at(-1)!, tip), 'the plan ends where the needle’s tip stops').to.be.within(7, 9);
      // The mark's two strokes cross at the entry.
      const [a, b, c, e] = pointsOf(mark!.d);
      expect(distance([(a![0] + b![0]) / 2, (a![1] + b![1]) / 2], entry)).to.be.below(1);
      expect(distance([(c![0] + e![0]) / 2, (c![1] + e![1]) / 2], entry)).to.be.below(1);
      const wall = scene.paths.find((p) => p.structureId === 'gallbladder' && p.paint === 'fill')!;
      expect(fills(wall.d, line.at(-1)!), 'the plan ends inside the gallbladder').to.equal(true);
      expect(fills(wall.d, line[0]!), 'and starts outside it').to.equal(false);
    });

    // The needle's hub stands outside the skin over the liver it does not cross: the cross shows where it goes in.
    it(`${approach}: the skin mark stays at the needle's entry while the needle is in`, () => {
      for (const step of [puncture, 'aspirate']) {
        const { scene, moment } = sceneAtEnd(timeline, step);
        const needle = moment.devices.find((d) => d.kind === 'chiba-needle')!;
        const mark = scene.devices.find((p) => p.part === 'skin-mark');
        expect(mark, `${approach}, end of ${step}`).to.not.equal(undefined);
        const [a, b] = pointsOf(mark!.d);
        const entry = pointAtLength(needle.route, 0).point;
        expect(distance([(a![0] + b![0]) / 2, (a![1] + b![1]) / 2], entry), `${approach}, ${step}`).to.be.below(1);
      }
    });

    it(`${approach}: the plan is gone once the needle is out over the wire, and stays gone`, () => {
      for (const step of ['wire', 'dilate', 'drain', 'drainage']) {
        if (!timeline.steps.some((s) => s.id === step)) continue;
        const parts = sceneAtEnd(timeline, step).scene.devices.map((p) => p.part);
        expect(parts, `${approach}, end of ${step}`).to.not.include('planned');
        expect(parts, `${approach}, end of ${step}`).to.not.include('skin-mark');
      }
    });
  }
});
