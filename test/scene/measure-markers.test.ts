import { expect } from '@open-wc/testing';
import { nearestOnPolyline } from '../../src/model/geometry.js';
import { UNITS_PER_LENGTH_MM } from '../../src/model/device-specs.js';
import { measurement } from '../../src/scene/measure-marks.js';
import { contextOf, sceneOf, stateAt, timelineOf } from './scene-at.js';

/** Every obstruction the stent procedure measures, from both sides. */
const CASES = ['distal', 'hilar-1', 'hilar-2', 'hilar-3a', 'hilar-3b', 'hilar-4', 'benign-anastomotic'];

/** The centres of the circles a `circlesPath` draws: each starts at its left edge, one radius left of the centre. */
const centres = (d: string): [number, number][] =>
  [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)a(-?[\d.]+)/g)].map((m) => [Number(m[1]) + Number(m[3]), Number(m[2])]);

/** Within this many units a band counts as level with a stricture end: under half a millimetre. */
const LEVEL = 0.5 * UNITS_PER_LENGTH_MM;

// Illustrator N5: the 1 cm bands ended about 1.5 cm above the stricture, so the brackets measured against nothing.
describe('the measuring catheter’s bands', () => {
  for (const obstruction of CASES)
    for (const approach of ['right', 'left'] as const)
      it(`${obstruction}, ${approach}: lie alongside the stricture when the Measure step is done`, () => {
        const state = stateAt(timelineOf('stent', { obstruction, approach }), 'measure', 1);
        const m = measurement(state.devices, contextOf(state));
        expect(m, 'a measurement').to.not.equal(null);
        const catheter = state.devices.find((d) => d.kind === 'marker-catheter')!;
        const bands = sceneOf(state, 'fluoroscopy').devices.find((p) => p.id === `${catheter.id}-marker`)!;
        const arcs = centres(bands.d).map((c) => nearestOnPolyline(m!.route, c).arc);
        expect(arcs.length, 'bands drawn').to.be.at.least(2);
        const stricture = m!.spans.find((s) => s.part === 'stricture')!;
        const mm = (units: number) => (units / UNITS_PER_LENGTH_MM).toFixed(1);
        const where = `bands ${mm(Math.min(...arcs))}–${mm(Math.max(...arcs))} mm, stricture ${mm(stricture.from)}–${mm(stricture.to)} mm`;
        expect(Math.min(...arcs), `the upper band at or above the stricture (${where})`).to.be.at.most(
          stricture.from + LEVEL,
        );
        expect(Math.max(...arcs), `a band at or below its lower end (${where})`).to.be.at.least(stricture.to - LEVEL);
        // Across the papilla the stent's stub in D2 is read off the bands too.
        const below = m!.spans.find((s) => s.part === 'below')!;
        if (m!.end === 'transpapillary')
          expect(Math.max(...arcs), `a band at or beyond the stub in D2 (${where})`).to.be.at.least(below.to - LEVEL);
      });
});
