import { expect } from '@open-wc/testing';
import { UNITS_PER_LENGTH_MM } from '../../src/model/device-specs.js';
import { pointAtLength } from '../../src/model/geometry.js';
import { STENT_KINDS } from '../../src/scene/devices/stent-parts.js';
import { fills } from './path-fill.js';
import { sceneOf, stateAt, timelineOf } from './scene-at.js';

/**
 * Largest change of the film's lightening (white laid over the contrast, 0–1) between samples 1 mm apart: about
 * 3 grey levels of 255 on the contrast's mid-dark grey, below what reads as an edge.
 */
const STEP = 0.02;

describe('contrast density along a stented duct on a film', () => {
  for (const stent of ['mesh', 'z', 'spiral'] as const)
    for (const [step, fraction] of [
      ['deploy', 1],
      ['check', 1],
    ] as const)
      it(`${stent}, ${step}: grades smoothly into the stent, no edge where the stent begins`, () => {
        const state = stateAt(timelineOf('stent', { obstruction: 'distal', stent }), step, fraction);
        const scene = sceneOf(state, 'fluoroscopy');
        const device = state.devices.find((d) => STENT_KINDS.has(d.kind) && d.opacity > 0)!;
        const slices = scene.devices.filter((p) => p.deviceId === device.id && p.part === 'washout');
        expect(slices.length, 'washout slices').to.be.greaterThan(0);
        const lightening: number[] = [];
        // From 5 mm above the stent's upper end, through it.
        for (let s = device.tail - 5 * UNITS_PER_LENGTH_MM; s <= device.tip; s += UNITS_PER_LENGTH_MM) {
          const at = pointAtLength(device.route, s).point;
          lightening.push(Math.max(0, ...slices.filter((p) => fills(p.d, at)).map((p) => p.opacity)));
        }
        const steps = lightening.slice(1).map((v, i) => Math.abs(v - lightening[i]!));
        expect(
          Math.max(...steps),
          `largest step per mm (profile ${lightening.map((v) => v.toFixed(3))})`,
        ).to.be.at.most(STEP);
      });
});
