import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { mount, settle } from './mount.js';

// Review (session 27): the playback row sat below the step's text, so Next moved with each step's length: by up to
// 280 px at 1280 px and 490 px on a projector, and a lecturer clicking through with a mouse had to chase it.
describe('the playback row', () => {
  for (const [width, attrs] of <[number, Record<string, string>][]>[
    [360, { procedure: 'ptcd' }],
    [360, { procedure: 'stent', audience: 'patient' }],
    [800, { procedure: 'ptcd' }],
    [1280, { procedure: 'internal-drainage' }],
    [1920, { procedure: 'ptcd', theme: 'projector' }],
  ])
    it(`${width} px ${JSON.stringify(attrs)}: Previous, Play and Next keep their place from step to step`, async () => {
      const el = await mount(width, attrs);
      if (width === 1920) {
        await setViewport({ width: 1920, height: 1080 });
        await settle(el);
      }
      const where = (label: string) => {
        const b = el.shadowRoot!.querySelector(`button[aria-label="${label}"]`)!.getBoundingClientRect();
        const top = el.getBoundingClientRect();
        return `${Math.round(b.left - top.left)},${Math.round(b.top - top.top)}`;
      };
      const first = ['Previous step', 'Play', 'Next step'].map(where);
      const captions = new Set<number>();
      for (let step = 1; step <= el.steps.length; step++) {
        el.step = step;
        await settle(el);
        captions.add(Math.round(el.shadowRoot!.querySelector('[part="caption"]')!.getBoundingClientRect().height));
        expect(['Previous step', 'Play', 'Next step'].map(where), `step ${step}`).to.deep.equal(first);
      }
      // The steps' texts differ in length: what is held here is held against them.
      expect(captions.size, 'captions of different heights').to.be.greaterThan(1);
    });
});
