import { expect } from '@open-wc/testing';
import { sceneOf, stateAt, timelineOf } from './scene-at.js';

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
