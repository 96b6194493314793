import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { DEVICE_SPECS, UNITS_PER_MM, deviceWidth, loopRadius } from '../../src/model/device-specs.js';
import {
  distanceToPolyline,
  insidePolygon,
  pointAtLength,
  sampleClosedSpline,
  signedDistanceToOutline,
} from '../../src/model/geometry.js';
import { pigtailLoop } from '../../src/scene/devices/pigtail-loop.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import type { DeviceState, Timeline } from '../../src/timeline/timeline-types.js';
import { anatomy, cases, procedure } from './case-helpers.js';

const chole = procedure('cholecystostomy');
const timelines = chole.options.approach.values.map((approach) => compileTimeline(chole, anatomy, { approach }));
const byRoute = (name: string) => timelines.find((t) => t.approach === name)!;

/** The drawn outline of an organ (smooth outlines as the renderer curves them), in a state. */
function drawnOutline(id: string, state?: string): Point[] {
  const shape = anatomy.byId.get(id)!.shape;
  if (shape.type !== 'outline') throw new Error(`${id} is not an outline`);
  const points = (state && shape.states?.[state]) || shape.points;
  return shape.smooth ? sampleClosedSpline(points) : [...points];
}
const atEnd = (timeline: Timeline, id: string) =>
  sampleTimeline(
    timeline,
    stepEndTime(
      timeline,
      timeline.steps.findIndex((s) => s.id === id),
    ),
  );
const device = (timeline: Timeline, step: string, id: string): DeviceState =>
  atEnd(timeline, step).devices.find((d) => d.id === id)!;
/** Points every 2 units along a device from the skin to its tip. */
const track = (d: DeviceState) =>
  Array.from({ length: Math.ceil(d.tip / 2) + 1 }, (_, i) => pointAtLength(d.route, Math.min(d.tip, 2 * i)).point);

describe('percutaneous cholecystostomy (data only)', () => {
  it('offers the transhepatic route by default and the transperitoneal one, with no bile-duct blockage', () => {
    expect(chole.options.approach).to.deep.equal({
      values: ['transhepatic', 'transperitoneal'],
      default: 'transhepatic',
    });
    expect(compileTimeline(chole, anatomy, { approach: 'right' }).approach).to.equal('transhepatic');
    for (const c of cases) {
      const timeline = compileTimeline(chole, anatomy, { approach: 'transhepatic', obstruction: c.id });
      const first = sampleTimeline(timeline, 0);
      expect(first.lesions, c.id).to.deep.equal([]);
      expect(first.gallbladder, c.id).to.equal('distended');
      expect(
        Object.values(first.dilation).every((v) => v === 0),
        c.id,
      ).to.equal(true);
    }
  });

  it('transhepatic: the needle crosses liver parenchyma and enters the gallbladder where it lies under the liver', () => {
    const needle = device(byRoute('transhepatic'), 'th-puncture', 'needle');
    const liver = drawnOutline('liver');
    const gallbladder = drawnOutline('gallbladder', 'distended');
    const points = track(needle);
    const inLiver = points.filter((p) => insidePolygon(p, liver) && !insidePolygon(p, gallbladder));
    // A short rim of liver before the gallbladder (brief §2e F2, about 1–3 cm; 28 u = 1 cm, 2 u per sample).
    expect(inLiver.length * 2, 'liver crossed, units').to.be.within(28, 3 * 28);
    const entry = points.findIndex((p) => insidePolygon(p, gallbladder));
    expect(entry).to.be.greaterThan(0);
    expect(insidePolygon(points[entry]!, liver), 'the wall it crosses is fixed to the liver').to.equal(true);
    expect(insidePolygon(points.at(-1)!, gallbladder), 'tip in the lumen').to.equal(true);
  });

  // Review (session 31): from the mid-axillary line the needle crossed 4.2 cm of liver and the segment VI duct, the
  // picture of a route through a bile duct; from the anterior axillary line it crosses neither.
  it('transhepatic: neither the needle nor the hub outside the skin crosses a drawn bile duct or vessel', () => {
    const needle = device(byRoute('transhepatic'), 'th-puncture', 'needle');
    const [entry, next] = [pointAtLength(needle.route, 0), pointAtLength(needle.route, 2)];
    const [dx, dy] = [(next.point[0] - entry.point[0]) / 2, (next.point[1] - entry.point[1]) / 2];
    const hub = DEVICE_SPECS[needle.kind]!.hub;
    const outside = Array.from({ length: Math.ceil(hub / 2) }, (_, i): Point => [
      entry.point[0] - dx * 2 * (i + 1),
      entry.point[1] - dy * 2 * (i + 1),
    ]);
    const crossed = anatomy.structures.flatMap((s) => {
      if (s.shape.type !== 'tube' || (s.kind !== 'duct' && s.kind !== 'vessel') || s.id === 'cystic-duct') return [];
      const line = s.shape.centerline;
      const half = s.shape.diameter.normal / 2;
      return [...outside, ...track(needle)].some((p) => distanceToPolyline(p, line) < half) ? [s.id] : [];
    });
    expect(crossed).to.deep.equal([]);
  });

  it('transperitoneal: the needle goes straight into the fundus below the liver, crossing no liver', () => {
    const needle = device(byRoute('transperitoneal'), 'tp-puncture', 'needle');
    const liver = drawnOutline('liver');
    const gallbladder = drawnOutline('gallbladder', 'distended');
    const points = track(needle);
    expect(points.filter((p) => insidePolygon(p, liver) && !insidePolygon(p, gallbladder))).to.deep.equal([]);
    expect(insidePolygon(points.at(-1)!, gallbladder)).to.equal(true);
    expect(needle.tip, 'a short pass, under 3 cm in projection').to.be.below(3 * 28);
  });

  it('leaves room around the loop in the decompressed gallbladder: the catheter’s edge at least 4.5 mm inside the outline (its drawn wall and more)', () => {
    const outline = drawnOutline('gallbladder');
    const half = deviceWidth('cholecystostomy-drain', 1) / 2;
    for (const timeline of timelines) {
      const drain = sampleTimeline(timeline, timeline.duration).devices.find((d) => d.id === 'drain')!;
      const loop = pigtailLoop(drain.route, drain.tip, drain.curl, undefined, loopRadius(drain.kind)).slice(8);
      const tightest = Math.max(...loop.map((p) => signedDistanceToOutline(p, outline) + half));
      expect(-tightest / 2.8, `${timeline.approach}: mm of room`).to.be.at.least(4.5);
    }
  });

  it('locks the pigtail loop inside the gallbladder, distended and after it has shrunk around the loop', () => {
    for (const timeline of timelines) {
      const locked = device(timeline, 'drain', 'drain');
      expect(locked.curl).to.equal(1);
      // About 12 mm across, outside edge to outside edge (art direction; illustrator B6, round 6).
      const across = (loopRadius(locked.kind) * 2 + DEVICE_SPECS[locked.kind]!.mm * UNITS_PER_MM) / 2.8;
      expect(across, 'loop mm across').to.be.within(10, 14);
      const end = sampleTimeline(timeline, timeline.duration);
      expect(end.gallbladder, timeline.approach).to.equal('normal');
      for (const [state, outline] of [
        ['distended', drawnOutline('gallbladder', 'distended')],
        ['normal', drawnOutline('gallbladder')],
      ] as const) {
        const drain = state === 'normal' ? end.devices.find((d) => d.id === 'drain')! : locked;
        const loop = pigtailLoop(drain.route, drain.tip, drain.curl, undefined, loopRadius(drain.kind));
        const outside = loop.filter((p) => !insidePolygon(p, outline));
        expect(outside, `${timeline.approach}, ${state}`).to.deep.equal([]);
      }
    }
  });

  it('fills the gallbladder with a little contrast, then drains it into a bag by gravity', () => {
    for (const timeline of timelines) {
      const dye = atEnd(timeline, 'aspirate');
      expect(dye.contrast.gallbladder?.[1], timeline.approach).to.be.within(0.4, 0.6);
      // The bile ducts stay empty: the cystic duct is blocked in acute cholecystitis.
      expect(Object.keys(dye.contrast)).to.deep.equal(['gallbladder']);
      const end = sampleTimeline(timeline, timeline.duration);
      expect(end.bag, timeline.approach).to.be.greaterThan(0.3);
      expect(end.flow.into).to.equal('bag');
      expect(end.devices.map((d) => d.id)).to.deep.equal(['drain']);
    }
  });
});
