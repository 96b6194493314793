import { expect } from '@open-wc/testing';
import { UNITS_PER_MM } from '../../src/model/device-specs.js';
import { tubeWidth } from '../../src/scene/structure-paths.js';
import { anatomy, sceneOf, stateAt, timelineOf } from './scene-at.js';

const pd = anatomy.byId.get('pancreatic-duct')!;
const cbd = anatomy.byId.get('common-bile-duct')!;
/** The duct's own drawn calibre (no lesion) at fraction f from the tail, in units. */
const width = (f: number, dilation: number) => tubeWidth(pd, f, { dilation, minWidth: 0 });
const fractions = Array.from({ length: 41 }, (_, i) => i / 40);

// Illustrator A5 (round 6): the dilated pancreatic duct flared toward the tail like a funnel and outweighed the CBD.
// A duct dilated by a block at the head is about even in calibre, 5–7 mm (half the dilated CBD), narrowing a little
// toward the tail.
describe('the pancreatic duct’s calibre', () => {
  for (const dilation of [0, 1])
    it(`${dilation ? 'dilated' : 'normal'}: never widens from the head toward the tail, never wider than the CBD`, () => {
      for (let i = 1; i < fractions.length; i++)
        expect(width(fractions[i - 1]!, dilation), `at ${fractions[i - 1]}`).to.be.at.most(
          width(fractions[i]!, dilation),
        );
      const cbdWidth = tubeWidth(cbd, 0.5, { dilation, minWidth: 0 });
      expect(width(1, dilation), 'head against the CBD').to.be.at.most(cbdWidth);
    });

  it('dilated: 5–7 mm true calibre all along, about half the dilated CBD at the head', () => {
    for (const f of fractions) {
      const mm = width(f, 1) / UNITS_PER_MM;
      expect(mm, `at ${f}`).to.be.within(5, 7);
    }
    const half = width(1, 1) / tubeWidth(cbd, 0.5, { dilation: 1, minWidth: 0 });
    expect(half, 'head / dilated CBD').to.be.within(0.4, 0.6);
  });
});

// Illustrator A5: on a hilar slide the normal pancreatic duct plays no part; it fades with the other bystanders even
// where the step names it, while the distal case's dilated duct (the double-duct sign) stays in focus.
describe('the pancreatic duct on slides where it plays no part', () => {
  for (const [obstruction, faded] of [
    ['hilar-4', true],
    ['hilar-1', true],
    ['distal', false],
  ] as const)
    it(`${obstruction} / internal-external drain step: ${faded ? 'faded' : 'in focus'}`, () => {
      const timeline = timelineOf('internal-drainage', { obstruction });
      const state = stateAt(timeline, 'internal-external-drain', 1);
      expect(state.labels ?? [], 'the step names the pancreatic duct').to.include('pancreatic-duct');
      const scene = sceneOf(state, 'illustration', { labels: true });
      const tube = scene.paths.find((p) => p.structureId === 'pancreatic-duct' && p.paint === 'tube')!;
      expect(tube, 'the duct is drawn').to.exist;
      if (faded) expect(tube.emphasis).to.equal('faded');
      else expect(tube.emphasis).to.not.equal('faded');
    });
});
