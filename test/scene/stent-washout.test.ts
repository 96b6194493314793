import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { UNITS_PER_LENGTH_MM } from '../../src/model/device-specs.js';
import { distanceToPolyline } from '../../src/model/geometry.js';
import { polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

/** Whether p lies inside a closed polygon (even–odd) or within `slack` units of its edge. */
function within(p: Point, polygon: readonly Point[], slack: number): boolean {
  let hit = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [a, b] = [polygon[i]!, polygon[j]!];
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) hit = !hit;
  }
  return hit || distanceToPolyline(p, [...polygon, polygon[0]!]) <= slack;
}

describe('the washed-out lumen of an open stent on a film', () => {
  for (const stent of ['mesh', 'z', 'spiral'] as const)
    it(`${stent}: lies inside the stent's outline and fades in over 10–16 mm at each end`, () => {
      const scene = sceneOf(stateAt(timelineOf('stent', { obstruction: 'distal', stent }), 'deploy', 1), 'fluoroscopy');
      const body = polylines(scene.devices.find((p) => p.deviceId === 'stent' && p.part === 'stent-body')!.d)[0]!;
      const slices = scene.devices.filter((p) => p.deviceId === 'stent' && p.part === 'washout');
      expect(slices.length, 'washout slices').to.be.greaterThan(4);
      for (const slice of slices)
        for (const p of polylines(slice.d)[0]!) expect(within(p, body, 0.05), `${slice.id} point ${p}`).to.equal(true);
      const core = Math.max(...slices.map((s) => s.opacity));
      expect(slices[0]!.opacity, 'faint at the upper end').to.be.below(0.3 * core);
      expect(slices.at(-1)!.opacity, 'faint at the lower end').to.be.below(0.3 * core);
      // The ramp: from the stent's end to the full-strength middle, along one edge.
      const full = slices.find((s) => s.opacity === core)!;
      const [first, last] = [polylines(full.d)[0]![0]!, polylines(full.d)[0]!.at(-1)!];
      const ramps = [
        Math.hypot(first[0] - body[0]![0], first[1] - body[0]![1]),
        Math.hypot(last[0] - body.at(-1)![0], last[1] - body.at(-1)![1]),
      ];
      for (const ramp of ramps) expect(ramp / UNITS_PER_LENGTH_MM, 'fade length in mm').to.be.within(10, 16);
    });

  it('the illustration keeps one tinted lumen, no washout', () => {
    const scene = sceneOf(stateAt(timelineOf('stent', { obstruction: 'distal' }), 'deploy', 1));
    expect(scene.devices.some((p) => p.part === 'washout')).to.equal(false);
  });
});
