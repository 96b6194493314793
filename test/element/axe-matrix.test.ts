import { expect } from '@open-wc/testing';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { atEveryStep, mount, settle } from './mount.js';

/** Each procedure with an obstruction case it suits (balloon dilation is for benign strictures), both approaches for PTCD. */
const PROCEDURES = [
  { procedure: 'ptcd', obstruction: 'distal' },
  { procedure: 'ptcd', obstruction: 'distal', approach: 'left' },
  { procedure: 'internal-drainage', obstruction: 'hilar-2' },
  { procedure: 'balloon-dilation', obstruction: 'benign-anastomotic' },
  { procedure: 'stent', obstruction: 'distal' },
];

describe('axe matrix: every procedure × step × audience × view', () => {
  for (const { procedure, obstruction, approach = 'right' } of PROCEDURES)
    for (const audience of ['clinician', 'patient'])
      for (const view of ['illustration', 'fluoroscopy'])
        it(`${procedure} (${obstruction}, ${approach}), ${audience}, ${view}: 0 violations at every step`, async () => {
          const el = await mount(480, { procedure, obstruction, approach, audience, view });
          const count = el.steps.length;
          expect(count).to.be.greaterThan(5);
          await atEveryStep(el, (step) => expect(el, `step ${step}`).to.be.accessible());
        });

  it('the unsuitable explanation: 0 violations', async () => {
    const el = await mount(480, { procedure: 'balloon-dilation', obstruction: 'distal' });
    expect(el.shadowRoot!.querySelector('.unsuitable')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('the error state, with and without a last good picture: 0 violations', async () => {
    const el = await mount(480);
    el.procedureData = { ...(BUNDLED_PROCEDURES.ptcd as object), steps: [] };
    await settle(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
    await expect(el).to.be.accessible();
    // Bad from the start: nothing good to keep.
    const broken = document.createElement('liver-intervention');
    broken.anatomyFiles = {};
    el.parentElement!.append(broken);
    await settle(broken);
    expect(broken.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('no good picture');
    await expect(broken).to.be.accessible();
  });

  it('the loading state: 0 violations', async () => {
    const realFetch = window.fetch;
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    window.fetch = (...args) => gate.then(() => realFetch(...args));
    let el: LiverIntervention | undefined;
    try {
      el = await mount(480);
      el.src = '/data/procedures/stent.json';
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(el.shadowRoot!.querySelector('[role="status"].loading')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = realFetch;
      release();
    }
    await settle(el!);
    expect(el!.shadowRoot!.querySelector('.loading')).to.equal(null);
    expect(el!.steps.length).to.be.greaterThan(6);
  });
});
