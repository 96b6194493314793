import { expect } from '@open-wc/testing';
import { drawing, expectSameDrawing, run, withClock } from './drawing.js';
import { mount } from './mount.js';

for (const approach of ['transhepatic', 'transperitoneal']) {
  describe(`cholecystostomy, ${approach}`, () => {
    it('reaches the same picture by goTo(step) as by playing every step before it', async () => {
      const a = await withClock({ procedure: 'cholecystostomy', approach });
      const b = await withClock({ procedure: 'cholecystostomy', approach });
      const count = a.el.steps.length;
      expect(count).to.equal(8);
      await run(a.el, a.clock, () => a.el.goTo(1));
      for (let step = 2; step <= count; step++) {
        await run(a.el, a.clock, () => a.el.next());
        await run(b.el, b.clock, () => b.el.goTo(step));
        expect(a.el.step).to.equal(step);
        expectSameDrawing(drawing(b.el), drawing(a.el), `step ${step}`);
      }
    });

    for (const audience of ['clinician', 'patient'])
      it(`has no axe violations at any step (${audience} text)`, async () => {
        const first = await mount(360, { procedure: 'cholecystostomy', approach, audience });
        for (let step = 1; step <= first.steps.length; step++) {
          const el =
            step === 1
              ? first
              : await mount(360, { procedure: 'cholecystostomy', approach, audience, step: `${step}` });
          await expect(el).to.be.accessible();
        }
      });
  });
}
