import { expect } from '@open-wc/testing';
import { sampleTimeline, stepEndTime } from '../../src/timeline/sample-timeline.js';
import { sceneOf, timelineOf } from './scene-at.js';

// Radiologist N3: the text of a block below the cystic duct names a distended gallbladder (Courvoisier) and a
// dilated pancreatic duct (double-duct sign); the drawing showed the gallbladder ghosted, as a bystander.
// On the whole-picture steps only: a close-up is about its device, and the rest fades there (art direction).
describe('what the distal case describes stays in focus on the steps that show the whole picture', () => {
  for (const procedure of ['ptcd', 'internal-drainage', 'stent'])
    it(procedure, () => {
      const timeline = timelineOf(procedure, { obstruction: 'distal' });
      let distended = 0;
      let doubleDuct = 0;
      for (let i = 0; i < timeline.steps.length; i++) {
        const state = sampleTimeline(timeline, stepEndTime(timeline, i));
        const scene = sceneOf(state, 'illustration', { labels: true });
        const where = `${timeline.steps[i]!.id}`;
        const bladder = scene.paths.find((p) => p.structureId === 'gallbladder' && p.paint === 'fill');
        if (state.framing !== 'overview') continue;
        if ((state.distension ?? 0) > 0) {
          distended++;
          expect(bladder?.emphasis, `${where}: distended gallbladder`).to.not.equal('faded');
        }
        // The double-duct sign belongs to the diagnosis: once a device is in, the picture is about it, and the
        // pancreatic duct fades unless the step names it (review, round 8; pancreatic-duct-focus.test.ts).
        const working = state.devices.some((d) => d.opacity > 0);
        if ((state.dilation['pancreatic-duct'] ?? 0) > 0 && !working) {
          doubleDuct++;
          const pd = scene.paths.find((p) => p.structureId === 'pancreatic-duct' && p.paint === 'tube');
          expect(pd?.emphasis, `${where}: dilated pancreatic duct`).to.not.equal('faded');
        }
      }
      expect(distended, 'overview steps with a distended gallbladder').to.be.greaterThan(0);
      if (procedure === 'ptcd')
        expect(doubleDuct, 'overview steps before a device, double-duct sign').to.be.greaterThan(0);
    });
});
