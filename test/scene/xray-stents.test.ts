import { expect } from '@open-wc/testing';
import { sceneOf, stateAt, timelineOf } from './scene-at.js';

describe('stents on an X-ray', () => {
  for (const fraction of [0.35, 1])
    it(`a spiral stent's far half draws lighter than its near half at ${fraction * 100} %, on a film as in the illustration (depth)`, () => {
      const state = stateAt(timelineOf('stent', { obstruction: 'distal', stent: 'spiral' }), 'deploy', fraction);
      const wires = sceneOf(state, 'fluoroscopy').devices.filter((p) => p.part === 'stent-wire');
      expect(wires.length, 'near and far runs').to.equal(2);
      expect(wires[0]!.opacity, 'the film shows the far side lighter').to.be.lessThan(wires[1]!.opacity);
      const drawn = sceneOf(state).devices.filter((p) => p.part === 'stent-wire');
      expect(drawn[0]!.opacity, 'the illustration keeps the far side faint').to.be.lessThan(drawn[1]!.opacity);
    });
});
