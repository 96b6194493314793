import { expect } from '@open-wc/testing';
import { nearestOnPolyline, pointAtLength } from '../../src/model/geometry.js';
import { buildScene } from '../../src/scene/build-scene.js';
import { anatomy, stateAt, timelineOf, VIEWPORT } from './scene-at.js';

describe('a hilar type IV stent pair', () => {
  for (const stent of ['mesh', 'spiral'] as const) {
    it(`${stent}: the second stent has a second tint, and the caption, not a tag, names the configuration`, () => {
      const timeline = timelineOf('stent', { stent, obstruction: 'hilar-4' });
      const state = stateAt(timeline, 'second-stent', 1);
      const scene = buildScene(anatomy, { ...state, viewport: VIEWPORT, labels: true, active: null, moment: state });
      const stents = state.devices.filter((d) => d.kind === `stent-${stent}`);
      expect(stents.length).to.equal(2);
      const [first, second] = stents as [(typeof stents)[0], (typeof stents)[0]];
      const tints = (id: string) => new Set(scene.devices.filter((p) => p.deviceId === id).map((p) => p.tint));
      expect([...tints(first.id)]).to.deep.equal([undefined]);
      expect([...tints(second.id)]).to.deep.equal(['second']);
      // The configuration is the caption's to name: no jargon tag ("Y") piles onto the hilar labels.
      expect(scene.labels.find((l) => l.id === 'stent-configuration' || /^[YT]$/.test(l.text))).to.equal(undefined);
      const caption = timeline.steps.find((s) => s.id === 'second-stent')!.clinician;
      expect(caption).to.match(/Drawn here as a Y/);
      // A Y: the second stent runs on inside the first for at least 1 cm.
      let inside = 0;
      for (let s = second.tail; s <= second.tip; s += 2)
        if (nearestOnPolyline(first.route, pointAtLength(second.route, s).point).distance < 4) inside += 2;
      expect(inside / 28, 'cm of the second stent inside the first').to.be.at.least(1);
    });
  }
});
