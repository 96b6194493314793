import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { distance } from '../../src/model/geometry.js';
import type { Timeline } from '../../src/timeline/timeline-types.js';
import { sceneAtEnd, timelineOf } from './scene-at.js';

/** The centres of the rings drawn where devices pass the skin (a dressing ring's arc starts at its leftmost point). */
function rings(timeline: Timeline, step: string): Point[] {
  const { scene } = sceneAtEnd(timeline, step);
  return scene.devices
    .filter((p) => p.part === 'dressing')
    .flatMap((p) => [...p.d.matchAll(/M\s*(-?[\d.]+)[ ,](-?[\d.]+)\s*a\s*([\d.]+)/g)])
    .map((m): Point => [Number(m[1]) + Number(m[3]), Number(m[2])]);
}

/** Where the devices of a step's end enter the body (the first device that is in: a needle, wire or drain). */
function entry(timeline: Timeline, step: string): Point {
  const { moment } = sceneAtEnd(timeline, step);
  const d = moment.devices.find((x) => x.opacity > 0 && x.tip > x.tail && !/probe|plan/.test(x.kind))!;
  return d.route[0]!;
}

// Review (session 32): from the wire step on, a transhepatic cholecystostomy's tube ended over the liver in the
// frontal view with nothing to show where it leaves the skin, so it read as starting inside the liver.
describe('a ring where a tube leaves the skin over an organ', () => {
  const th = timelineOf('cholecystostomy', { approach: 'transhepatic' as never });

  for (const step of ['wire', 'dilate', 'drain', 'drainage'])
    it(`transhepatic cholecystostomy, ${step}: one ring, at the skin entry over the liver`, () => {
      const found = rings(th, step);
      expect(found, 'one ring').to.have.length(1);
      expect(distance(found[0]!, entry(th, step)), 'at the entry').to.be.below(1);
    });

  it('transhepatic cholecystostomy: none while the planned skin cross marks the entry', () => {
    for (const step of ['scan', 'th-puncture', 'aspirate']) expect(rings(th, step), step).to.have.length(0);
  });

  it('none over the lateral skin: the right intercostal drain until its bag, the transperitoneal one below the liver', () => {
    const ptcd = timelineOf('ptcd');
    for (const step of ['right-find-duct', 'wire-018', 'drain'])
      expect(rings(ptcd, step), `ptcd ${step}`).to.have.length(0);
    const tp = timelineOf('cholecystostomy', { approach: 'transperitoneal' as never });
    for (const step of ['wire', 'drain']) expect(rings(tp, step), `transperitoneal ${step}`).to.have.length(0);
  });
});
