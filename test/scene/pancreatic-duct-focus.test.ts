import { expect } from '@open-wc/testing';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import { sceneOf, timelineOf } from './scene-at.js';

// Review, round 8: on the closing PTCD slides (the bag, the final check) the dilated pancreatic duct of the
// double-duct sign was the darkest line in the picture. It plays no part in a drainage: once a device is in, it
// fades below the bile duct and the devices, on every step, the whole-picture ones too.
describe('the pancreatic duct once a device is in', () => {
  for (const approach of ['right', 'left'] as const)
    it(`PTCD, ${approach} approach: faded on every step that draws a device`, () => {
      const timeline = timelineOf('ptcd', { approach });
      let checked = 0;
      timeline.steps.forEach((step, i) => {
        const moment = sampleTimeline(timeline, stepEndTime(timeline, i));
        if (!moment.devices.some((d) => d.opacity > 0)) return;
        const scene = sceneOf(moment, 'illustration', { labels: true });
        const pd = scene.paths.filter((p) => p.structureId === 'pancreatic-duct' && p.paint === 'tube');
        const cbd = scene.paths.filter((p) => p.structureId === 'common-bile-duct' && p.paint === 'tube');
        expect(pd.length, `${step.id}: the pancreatic duct is drawn`).to.be.greaterThan(0);
        for (const p of pd) expect(p.emphasis, `${step.id}: the pancreatic duct`).to.equal('faded');
        for (const p of cbd) expect(p.emphasis, `${step.id}: the CBD`).to.not.equal('faded');
        checked++;
      });
      expect(checked, 'steps with a device').to.be.greaterThan(3);
    });
});
