import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { nearestOnPolyline, pointAtLength } from '../../src/model/geometry.js';
import { stentGeometry } from '../../src/scene/devices/stent-parts.js';
import { stentRoute } from '../../src/scene/devices/stent-route.js';
import type { SampledState } from '../../src/timeline/timeline-types.js';
import { contextOf, polylines, pxPerUnit, sceneOf, stateAt, timelineOf } from './scene-at.js';

/** Units per mm along a route. */
const PER_MM = 2.8;

/**
 * The stent's wire runs in the stent's own frame: each vertex as its distance along the axis and its place
 * across the tube (−1 … 1 of the half-width there), plus the stent's ends.
 */
function wireOf(state: SampledState, stent: string) {
  const device = state.devices.find((d) => d.kind === `stent-${stent}`)!;
  const ctx = contextOf(state);
  const route = stentRoute(device, ctx);
  const g = stentGeometry({ ...device, route }, ctx, pxPerUnit(state));
  const part = sceneOf(state).devices.find((p) => p.deviceId === device.id && p.part === 'stent-wire')!;
  const local = (p: Point) => {
    const { arc } = nearestOnPolyline(route, p);
    const { point, tangent } = pointAtLength(route, arc);
    const side = (p[0] - point[0]) * -tangent[1] + (p[1] - point[1]) * tangent[0];
    return { s: arc, u: side / (g.widthAt(arc) / 2) };
  };
  return { g, runs: polylines(part.d).map((run) => run.map(local)) };
}

describe('Z and spiral stents differ in shape', () => {
  for (const fraction of [0.35, 1]) {
    it(`Z at ${fraction * 100}%: 3–4 separate rings with clear gaps along the axis, bridged by short struts`, () => {
      const { runs } = wireOf(stateAt(timelineOf('stent', { stent: 'z' }), 'deploy', fraction), 'z');
      const rings = runs
        .filter((r) => r.length > 4)
        .map((r) => [Math.min(...r.map((p) => p.s)), Math.max(...r.map((p) => p.s))]);
      expect(rings.length, 'rings').to.be.within(3, 4);
      rings.sort((a, b) => a[0]! - b[0]!);
      for (let i = 1; i < rings.length; i++)
        expect((rings[i]![0]! - rings[i - 1]![1]!) / PER_MM, `gap between rings ${i} and ${i + 1} (mm)`).to.be.at.least(
          3,
        );
      const struts = runs.filter((r) => r.length === 2);
      expect(struts.length, 'connecting struts').to.equal(2 * (rings.length - 1));
    });
  }

  for (const [obstruction, fraction] of [
    ['distal', 1],
    ['distal', 0.35],
    ['hilar-2', 1],
  ] as const) {
    it(`spiral (${obstruction}, ${fraction * 100}%): one continuous helical band at a 15–20° pitch, reaching both edges`, () => {
      const { g, runs } = wireOf(
        stateAt(timelineOf('stent', { stent: 'spiral', obstruction }), 'deploy', fraction),
        'spiral',
      );
      expect(runs.length, 'separate wire runs').to.equal(1);
      const wire = runs[0]!;
      // The band's centre (a bend and its two neighbours, 1:2:1) advances steadily along the axis: no going back.
      const centres = wire.slice(2).map((p, i) => (wire[i]!.s + 2 * wire[i + 1]!.s + p.s) / 4);
      for (let i = 1; i < centres.length; i++) expect(centres[i]!, `strut ${i}`).to.be.at.least(centres[i - 1]! - 0.5);
      // About ten bends per turn (twenty vertices): half a turn takes the wire from one tube edge to the other.
      const sides: number[] = [];
      let last = 0;
      wire.forEach((p, k) => {
        if (Math.abs(p.u) > 0.8 && Math.sign(p.u) !== last) [last, sides[sides.length]] = [Math.sign(p.u), k];
      });
      const perTurn = ((sides.at(-1)! - sides[0]!) / (sides.length - 1)) * 2;
      const bends = perTurn / 2;
      expect(bends, 'bends per turn').to.be.within(8, 12);
      expect(wire.some((p) => p.u > 0.9) && wire.some((p) => p.u < -0.9), 'both tube edges').to.equal(true);
      if (fraction === 1) {
        const advance = ((centres.at(-1)! - centres[0]!) / centres.length) * perTurn;
        const pitch = (Math.atan(advance / (Math.PI * g.restWidth)) * 180) / Math.PI;
        expect(pitch, 'helix angle (°)').to.be.within(14, 21);
      }
    });
  }

  it('the braid draws with finer wire than the Z and spiral struts', () => {
    const widthOf = (stent: 'mesh' | 'z' | 'spiral') => {
      const state = stateAt(timelineOf('stent', { stent }), 'deploy', 1);
      return sceneOf(state).devices.find((p) => p.part === 'stent-wire')!.width * pxPerUnit(state);
    };
    expect(widthOf('mesh'), 'braid px').to.be.within(0.5, 1);
    for (const stent of ['z', 'spiral'] as const) expect(widthOf(stent), `${stent} px`).to.be.at.least(1.2);
  });
});
