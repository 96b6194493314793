import { expect } from '@open-wc/testing';
import { buildScene } from '../../src/scene/build-scene.js';
import { sceneInputFor } from '../../src/scene/scene-input.js';
import { anatomy } from './label-sweep.js';
import { overviewView } from './scene-at.js';

/** An edge label's arrow: it names something out of view. */
const ARROW = /^[←↑↓] | →$/;

// Review (session 30): the explorer's close-up of the hilum on a phone named the liver, the gallbladder and
// "Duodenum →", and none of the hilar ducts it frames.
describe('the explorer close-up', () => {
  for (const [camera, width, height] of [
    ['hilum', 360, 351],
    ['hilum', 720, 700],
    ['distal', 360, 351],
  ] as const)
    it(`${camera} at ${width} px: names what lies in view before pointing out of it`, () => {
      const view = { ...overviewView(width, height, 'dilated'), camera };
      const labels = buildScene(anatomy, sceneInputFor(view, undefined)).labels.filter((l) => l.kind !== 'numeral');
      expect(labels.length, 'names shown').to.be.greaterThan(1);
      const inView = labels.filter((l) => !ARROW.test(l.text));
      expect(
        inView.some((l) => l.kind === 'duct'),
        labels.map((l) => l.text).join(', '),
      ).to.equal(true);
      // An arrow stands only after every name in view: never in a list that leaves a duct in view unnamed.
      const arrows = labels.filter((l) => ARROW.test(l.text));
      if (arrows.length) expect(labels.at(-1)!.text, 'an arrow last').to.match(ARROW);
    });
});
