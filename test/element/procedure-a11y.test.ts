import { expect } from '@open-wc/testing';
import { mount } from './mount.js';

for (const approach of ['right', 'left'])
  for (const audience of ['clinician', 'patient'])
    describe(`axe, ${approach} approach, ${audience} text`, () => {
      it('has no violations at any step', async () => {
        const first = await mount(360, { approach, audience });
        const count = first.steps.length;
        for (let step = 1; step <= count; step++) {
          const el = step === 1 ? first : await mount(360, { approach, audience, step: String(step) });
          await expect(el).to.be.accessible();
        }
      });
    });
