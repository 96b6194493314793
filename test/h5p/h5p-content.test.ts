import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { LiverInterventionContent } from '../../h5p/liver-intervention-content.js';
import { XAPI_EXTENSIONS } from '../../h5p/step-statement.js';
import { ManualClock } from '../element/manual-clock.js';
import { settle } from '../element/mount.js';

/** What the content sent through its H5P instance, in order. */
function recorder() {
  const sent: { verb: string; extra?: { result?: { extensions?: Record<string, unknown> } } }[] = [];
  const resizes: number[] = [];
  return {
    sent,
    resizes,
    h5p: {
      triggerXAPI: (verb: string, extra?: object) => sent.push({ verb, extra }),
      trigger: () => resizes.push(1),
    },
  };
}

async function attached(content: LiverInterventionContent): Promise<LiverIntervention> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
  content.attach([box]);
  const el = box.querySelector('liver-intervention')!;
  el.clock = new ManualClock();
  el.scrollIntoView();
  await settle(el);
  return el;
}

async function show(el: LiverIntervention, step: number) {
  el.step = step;
  await settle(el);
  (el.clock as ManualClock).flush();
  await settle(el);
}

describe('H5P content: the widget inside H5P', () => {
  it('sets the attributes, reports the starting step, each new step once and `completed` at the last', async () => {
    const r = recorder();
    const content = new LiverInterventionContent(r.h5p, { procedure: 'ptcd', audience: 'patient', step: 2 }, {});
    const el = await attached(content);
    expect([el.procedure, el.audience, el.step]).to.deep.equal(['ptcd', 'patient', 2]);
    const total = el.steps.length;
    for (const step of [3, 2, total, total - 1]) await show(el, step);
    const steps = r.sent.map((s) => [s.verb, s.extra?.result?.extensions?.[XAPI_EXTENSIONS.stepIndex]]);
    expect(steps).to.deep.equal([
      ['experienced', 2],
      ['experienced', 3],
      ['experienced', total],
      ['completed', undefined],
      ['experienced', total - 1],
    ]);
    expect(r.sent[0]!.extra?.result?.extensions?.[XAPI_EXTENSIONS.stepTitle]).to.equal(el.steps[1]!.title);
    expect(r.resizes.length, 'H5P is asked to fit the frame').to.be.greaterThan(0);
    expect(content.getCurrentState()).to.deep.equal({
      step: total - 1,
      seen: [2, 3, total - 1, total],
      completed: true,
    });
  });

  it('resumes at the saved step without reporting the steps seen before', async () => {
    const r = recorder();
    const previousState = { step: 3, seen: [1, 2, 3], completed: false };
    const el = await attached(new LiverInterventionContent(r.h5p, { step: 1 }, { previousState }));
    expect(el.step).to.equal(3);
    await show(el, 2);
    await show(el, 4);
    expect(r.sent.map((s) => s.verb)).to.deep.equal(['experienced']);
    expect(r.sent[0]!.extra?.result?.extensions?.[XAPI_EXTENSIONS.stepIndex]).to.equal(4);
  });

  it('takes its title from the H5P metadata', () => {
    const { h5p } = recorder();
    expect(new LiverInterventionContent(h5p, {}, { metadata: { title: 'Week 3' } }).getTitle()).to.equal('Week 3');
    expect(new LiverInterventionContent(h5p, {}, {}).getTitle()).to.equal('Liver intervention');
  });
});
