import { expect } from '@open-wc/testing';
import { sceneOf, stateAt, timelineOf } from './scene-at.js';

describe('stents on an X-ray', () => {
  for (const fraction of [0.35, 1])
    it(`a spiral stent's wire is one continuous dark band at ${fraction * 100} %: its far half as dark as its near half`, () => {
      const state = stateAt(timelineOf('stent', { obstruction: 'distal', stent: 'spiral' }), 'deploy', fraction);
      const wires = sceneOf(state, 'fluoroscopy').devices.filter((p) => p.part === 'stent-wire');
      expect(wires.length, 'near and far runs').to.equal(2);
      expect(wires[0]!.opacity).to.equal(wires[1]!.opacity);
      const drawn = sceneOf(state).devices.filter((p) => p.part === 'stent-wire');
      expect(drawn[0]!.opacity, 'the illustration keeps the far side faint').to.be.lessThan(drawn[1]!.opacity);
    });
});
