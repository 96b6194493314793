import { expect } from '@open-wc/testing';
import { mount, settle } from './mount.js';

// Review (session 32): on a 360 px phone "Step 10 of 11" pushed Speed onto a row of its own, and with it a patient's
// step text below the fold.
describe('the transport on a 360 px phone', () => {
  for (const audience of ['clinician', 'patient'])
    it(`${audience}: buttons, counter and speed share one row at every step of an 11-step procedure`, async () => {
      const el = await mount(360, { procedure: 'ptcd', audience });
      for (const step of [1, 9, 10, 11]) {
        el.step = step;
        await settle(el);
        const row = [...el.shadowRoot!.querySelector('.transport')!.children].map((c) => c.getBoundingClientRect());
        const first = row[0]!;
        for (const [i, box] of row.entries())
          expect(box.top < first.bottom && box.bottom > first.top, `step ${step}: item ${i} on the first row`).to.equal(
            true,
          );
        for (const button of el.shadowRoot!.querySelectorAll('.transport button'))
          expect(button.getBoundingClientRect().width, 'a 44 px target').to.be.at.least(44);
      }
    });
});
