import { expect } from '@open-wc/testing';
import { mount, settle } from './mount.js';

/** Whether every item of the transport (buttons, counter, speed) stands on the first one's row. */
const oneRow = (root: ShadowRoot) => {
  const row = [...root.querySelector('.transport')!.children].map((c) => c.getBoundingClientRect());
  return row.every((box) => box.top < row[0]!.bottom && box.bottom > row[0]!.top);
};

// Review (session 32): on a 360 px phone "Step 10 of 11" pushed Speed onto a row of its own, and with it a patient's
// step text below the fold.
describe('the transport on a 360 px phone', () => {
  for (const audience of ['clinician', 'patient'])
    it(`${audience}: buttons, counter and speed share one row at every step of an 11-step procedure`, async () => {
      const el = await mount(360, { procedure: 'ptcd', audience });
      for (const step of [1, 9, 10, 11]) {
        el.step = step;
        await settle(el);
        expect(oneRow(el.shadowRoot!), `step ${step}: one row`).to.equal(true);
        for (const button of el.shadowRoot!.querySelectorAll('.transport button'))
          expect(button.getBoundingClientRect().width, 'a 44 px target').to.be.at.least(44);
      }
    });

  // Review (session 32): in Spanish "Velocidad" still took a row of its own at 360 px (the row needs 371 px), and
  // English did in the demo page's narrower box.
  // Chinese is checked at 360 px only: this machine has no CJK font, and Firefox's boxes for the missing glyphs run
  // wider than the characters a phone draws.
  for (const [lang, speed, widths] of [
    ['en', 'Speed', [320, 360]],
    ['es', 'Velocidad', [320, 360]],
    ['zh-Hans', '速度', [360]],
  ] as const)
    for (const width of widths)
      it(`${lang} at ${width} px: one row, and the speed box still named "${speed}"`, async () => {
        const el = await mount(width, { procedure: 'ptcd', audience: 'patient', lang, step: '10' });
        await settle(el);
        const root = el.shadowRoot!;
        expect(oneRow(root)).to.equal(true);
        const select = root.querySelector<HTMLSelectElement>('.speed select')!;
        expect(select.labels[0]!.querySelector('.speed-word')!.textContent!.trim(), 'the label names the box').to.equal(
          speed,
        );
        for (const button of root.querySelectorAll('.transport button'))
          expect(button.getBoundingClientRect().width, 'a 44 px target').to.be.at.least(44);
      });

  it('keeps the word beside the speed where there is room', async () => {
    const el = await mount(480, { procedure: 'ptcd' });
    const word = el.shadowRoot!.querySelector('.speed-word')!.getBoundingClientRect();
    expect(word.width).to.be.above(20);
  });
});
