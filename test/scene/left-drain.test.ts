import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { LANDMARKS } from '../../src/model/landmarks.js';
import { parseProcedure } from '../../src/model/parse-procedure.js';
import { compileTimeline } from '../../src/timeline/compile-timeline.js';
import { anatomy, polylines, sceneAtEnd } from './scene-at.js';

const entry = (anatomy.byId.get('left-entry')!.shape as { at: Point }).at;

describe('a left (subxiphoid) drain leaves the body in the epigastrium', () => {
  const parsed = parseProcedure(BUNDLED_PROCEDURES.ptcd, anatomy, 'ptcd');
  const timeline = compileTimeline(parsed, anatomy, { approach: 'left' });

  it('marks the skin where a catheter enters, before any bag (step 7, the catheter)', () => {
    const { scene } = sceneAtEnd(timeline, 'explore');
    const mark = scene.devices.find((p) => p.part === 'dressing');
    expect(mark, 'a skin mark').to.not.equal(undefined);
    // A ring: it starts at its leftmost point, one radius left of its centre.
    const [, x, y, radius] = /^M(-?[\d.]+),(-?[\d.]+)a([\d.]+)/.exec(mark!.d)!.map(Number);
    expect(Math.hypot(x! + radius! - entry[0], y! - entry[1]), 'at the left entry').to.be.below(6);
  });

  it('hangs the tube down from the exit, outside a drawn left body wall, to a bag beyond it', () => {
    const { scene } = sceneAtEnd(timeline, 'drainage');
    const wall = polylines(scene.devices.find((p) => p.part === 'skin')!.d)[0]!;
    const tube = polylines(scene.devices.find((p) => p.part === 'tubing')!.d)[0]!;
    const bag = polylines(scene.devices.find((p) => p.part === 'bag')!.d)[0]!;
    const wallAt = (y: number) => wall.reduce((b, q) => (Math.abs(q[1] - y) < Math.abs(b[1] - y) ? q : b))[0];
    for (const p of bag) expect(p[0], `bag point ${p} beyond the left wall`).to.be.above(wallAt(p[1]) + 5);
    // The first stretch drops: gravity, not a diagonal across the left upper quadrant.
    const start = tube[0]!;
    const drop = tube.find((p) => Math.hypot(p[0] - start[0], p[1] - start[1]) > 60)!;
    expect(drop[1] - start[1], 'falls').to.be.greaterThan(2 * Math.abs(drop[0] - start[0]));
    expect(start[0]).to.be.above(LANDMARKS.midlineX);
  });
});
