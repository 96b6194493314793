import { expect } from '@open-wc/testing';
import type { Point } from '../../src/model/anatomy-schema.js';
import { polylines, sceneOf, stateAt, timelineOf } from './scene-at.js';
import { turns } from './outline-turns.js';

// Illustrator T4: the first blush in the VI duct ended square at the RPSD junction, the sign of a cut-off,
// while the caption says the contrast drains toward the hilum.
describe('a contrast front that is not a block fades toward where it drains', () => {
  it('ptcd right, finding a duct: the VI duct blush runs on into the RPSD and fades there', () => {
    const state = stateAt(timelineOf('ptcd', { approach: 'right' }), 'right-find-duct', 1);
    expect(state.contrast['segment-6-duct']).to.deep.equal([0, 1]);
    expect(state.contrast['right-posterior-duct']![1], 'into the RPSD').to.be.at.least(0.25);
    const front = sceneOf(state).paths.find((p) => p.id === 'contrast-right-posterior-duct-head');
    expect(front?.opacity, 'a faded front').to.be.below(1);
  });

  it('ptcd left, the puncture: the III duct blush runs on into the left lateral duct and fades, and spills into II faintly', () => {
    const state = stateAt(timelineOf('ptcd', { approach: 'left' }), 'left-puncture', 1);
    expect(state.contrast['segment-3-duct']).to.deep.equal([0, 1]);
    const paths = sceneOf(state).paths;
    for (const [id, [from, to]] of Object.entries(state.contrast)) {
      const ends = paths.filter((p) => p.id.startsWith(`contrast-${id}`));
      if (from > 0.01)
        expect(
          ends.some((p) => p.id.endsWith('-tail') && p.opacity! < 1),
          `${id} tail fades`,
        ).to.equal(true);
      if (to < 0.99)
        expect(
          ends.some((p) => p.id.endsWith('-head') && p.opacity! < 1),
          `${id} head fades`,
        ).to.equal(true);
    }
  });

  it('a column stopped at a block keeps its shoulder, not a fade', () => {
    const state = stateAt(timelineOf('internal-drainage', { obstruction: 'distal' }), 'cholangiogram', 1);
    const cbd = state.contrast['common-bile-duct'];
    expect(cbd && cbd[1], 'stopped short').to.be.below(0.99);
    const ids = sceneOf(state).paths.map((p) => p.id);
    expect(ids).to.include('contrast-common-bile-duct');
    expect(ids).to.not.include('contrast-common-bile-duct-head');
  });
});

/** The sharpest turn (degrees) of a closed outline, over steps of at least 1.5 units. */
const sharpest = (outline: readonly Point[]): number => Math.max(...turns(outline).map((t) => t.turn));

// Illustrator R2-T4 (round 4): the VI duct blush ended in two hard triangular spearheads at the RPSD junction. A
// fading front ends round: no corner of 60° or more on its outline.
describe('a fading contrast front ends round', () => {
  for (const [approach, step] of [
    ['right', 'right-find-duct'],
    ['left', 'left-puncture'],
  ] as const)
    it(`ptcd ${approach}, ${step}: no spearhead tips`, () => {
      const paths = sceneOf(stateAt(timelineOf('ptcd', { approach }), step, 1)).paths;
      const fronts = paths.filter((p) => p.paint === 'contrast' && /-(head|tail)$/.test(p.id));
      expect(fronts.length, 'fading fronts').to.be.greaterThan(0);
      for (const f of fronts) expect(sharpest(polylines(f.d)[0]!), f.id).to.be.below(60);
    });
});
