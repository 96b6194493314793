import { expect } from '@open-wc/testing';
import { distanceToPolyline, nearestOnPolyline } from '../../src/model/geometry.js';
import { UNITS_PER_LENGTH_MM } from '../../src/model/device-specs.js';
import { momentLesions } from '../../src/scene/lesion-path.js';
import { tubeWidth } from '../../src/scene/structure-paths.js';
import type { SampledState } from '../../src/timeline/timeline-types.js';
import { anatomy, contextOf, polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';

const brackets = (state: SampledState, view: 'illustration' | 'fluoroscopy' = 'illustration') =>
  sceneOf(state, view).paths.filter((p) => p.id.startsWith('measure-'));

/** The scene's numerals with labels on, for a clinician or a patient. */
const numeralsOf = (state: SampledState, plain: boolean): string[] =>
  sceneOf(state, 'illustration', { labels: true, fullNames: plain })
    .labels.filter((l) => l.id.startsWith('measure-'))
    .map((l) => l.text);

describe('the Measure step measures', () => {
  const distal = timelineOf('stent');
  const end = stateAt(distal, 'measure', 1);

  it('brackets the stricture and a margin at each end, in both views, when the step is done', () => {
    for (const view of ['illustration', 'fluoroscopy'] as const) {
      expect(brackets(end, view).map((p) => p.id)).to.have.members([
        'measure-above',
        'measure-stricture',
        'measure-below',
      ]);
    }
  });

  it('brackets as long as the lesion, and margins of 1.5 cm', () => {
    const route = end.devices.find((d) => d.kind === 'marker-catheter')!.route;
    // The stretch of the catheter's route a bracket spans, between its two ticks.
    const lengthOf = (id: string) => {
      const line = polylines(brackets(end).find((p) => p.id === id)!.d)[0]!;
      return nearestOnPolyline(route, line.at(-2)!).arc - nearestOnPolyline(route, line[1]!).arc;
    };
    const margin = 15 * UNITS_PER_LENGTH_MM;
    expect(lengthOf('measure-above')).to.be.closeTo(margin, 4);
    expect(lengthOf('measure-below')).to.be.closeTo(margin, 4);
    // The stricture: at least 1 cm on this drawing.
    expect(lengthOf('measure-stricture')).to.be.above(10 * UNITS_PER_LENGTH_MM);
  });

  it('runs beside the dilated duct, never over it', () => {
    const catheter = end.devices.find((d) => d.kind === 'marker-catheter')!;
    const lesion = momentLesions(end)[0]!;
    const duct = anatomy.byId.get(lesion.duct)!;
    const half = tubeWidth(duct, lesion.span[0], { ...contextOf(end).stateOf(duct.id), narrow: [] }) / 2;
    for (const p of brackets(end)) {
      for (const pt of polylines(p.d).flat()) {
        expect(distanceToPolyline(pt, catheter.route), p.id).to.be.above(half);
      }
    }
  });

  it('names the stricture length and each margin in cm for clinicians, no figures for patients', () => {
    const texts = numeralsOf(end, false);
    expect(texts).to.have.length(3);
    expect(texts.filter((t) => t === '1.5')).to.have.length(2);
    expect(texts.every((t) => /^\d\.\d$/.test(t))).to.equal(true);
    expect(numeralsOf(end, true)).to.deep.equal([]);
  });

  it('draws nothing to measure once the stent goes in', () => {
    expect(brackets(stateAt(distal, 'deploy', 1))).to.deep.equal([]);
  });
});
