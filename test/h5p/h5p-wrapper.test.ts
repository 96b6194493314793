import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { attributesFor } from '../../h5p/h5p-params.js';
import { readSavedState } from '../../h5p/saved-state.js';
import { StepProgress } from '../../h5p/step-progress.js';
import { stepStatement, XAPI_EXTENSIONS } from '../../h5p/step-statement.js';
import { spyConsole } from '../element/console-spy.js';

describe('H5P wrapper: step progress', () => {
  it('sends `experienced` once per step, however often it is shown', () => {
    const p = new StepProgress();
    const sent = [1, 2, 1, 2, 3, 2].map((step) => p.show(step, 5));
    expect(sent).to.deep.equal([['experienced'], ['experienced'], [], [], ['experienced'], []]);
    expect(p.count).to.equal(3);
  });

  it('sends `completed` once, right after the last step is first experienced, even when steps were skipped', () => {
    const p = new StepProgress();
    expect(p.show(1, 4)).to.deep.equal(['experienced']);
    expect(p.show(4, 4)).to.deep.equal(['experienced', 'completed']);
    expect(p.show(3, 4)).to.deep.equal(['experienced']);
    expect(p.show(4, 4)).to.deep.equal([]);
  });

  it('ignores steps outside 1…total and non-integers', () => {
    const p = new StepProgress();
    for (const step of [0, -1, 6, 2.5, Number.NaN]) expect(p.show(step, 5)).to.deep.equal([]);
    expect(p.count).to.equal(0);
  });

  it('resumes from a saved state: seen steps and a sent `completed` are not reported again', () => {
    const p = new StepProgress([1, 2, 5], true);
    expect([p.show(2, 5), p.show(5, 5), p.show(3, 5)]).to.deep.equal([[], [], ['experienced']]);
    expect([p.steps, p.completed]).to.deep.equal([[1, 2, 3, 5], true]);
  });

  it('puts the step into the result extensions, and completion with the counts into `completed`', () => {
    const shown = { step: 3, id: 'puncture', title: 'Puncture the duct' };
    const experienced = stepStatement('experienced', shown, 8, 3) as { result: { extensions: object } };
    expect(experienced.result.extensions).to.deep.equal({
      [XAPI_EXTENSIONS.stepIndex]: 3,
      [XAPI_EXTENSIONS.stepId]: 'puncture',
      [XAPI_EXTENSIONS.stepTitle]: 'Puncture the duct',
      [XAPI_EXTENSIONS.stepCount]: 8,
      [XAPI_EXTENSIONS.stepsSeen]: 3,
    });
    expect(stepStatement('completed', shown, 8, 5)).to.deep.equal({
      result: { completion: true, extensions: { [XAPI_EXTENSIONS.stepCount]: 8, [XAPI_EXTENSIONS.stepsSeen]: 5 } },
    });
  });
});

describe("H5P wrapper: the author's fields as attributes", () => {
  it('maps each field to its attribute, the language to `lang`, and the step to text', () => {
    const pairs = attributesFor({
      procedure: 'stent',
      obstruction: 'hilar-2',
      stent: 'z',
      view: 'fluoroscopy',
      audience: 'patient',
      language: 'es',
      step: 4,
    });
    expect(Object.fromEntries(pairs)).to.deep.equal({
      procedure: 'stent',
      obstruction: 'hilar-2',
      stent: 'z',
      view: 'fluoroscopy',
      audience: 'patient',
      lang: 'es',
      step: '4',
    });
  });

  it("leaves out empty and missing fields, so the element's defaults apply", () => {
    expect(attributesFor({ procedure: '', language: '  ', step: undefined, view: 'illustration' })).to.deep.equal([
      ['view', 'illustration'],
    ]);
    expect(attributesFor(null)).to.deep.equal([]);
    expect(attributesFor(undefined)).to.deep.equal([]);
  });

  it('passes unknown values on, for the element to warn about once and replace by its default', async () => {
    const spy = spyConsole();
    const el = document.createElement('liver-intervention');
    for (const [name, value] of attributesFor({ view: 'ultrasound', audience: 'patient' }))
      el.setAttribute(name, value);
    document.body.append(el);
    await el.updateComplete;
    spy.restore();
    el.remove();
    expect([el.view, el.audience]).to.deep.equal(['illustration', 'patient']);
    expect(spy.warnings.filter((w) => w.includes('ultrasound'))).to.have.length(1);
  });
});

describe('H5P wrapper: the saved state', () => {
  it('reads back what it saved', () => {
    const state = { step: 4, seen: [1, 2, 3, 4], completed: false };
    expect(readSavedState(JSON.parse(JSON.stringify(state)))).to.deep.equal(state);
  });

  it('drops whatever is not a step, so a damaged or old state only loses the place', () => {
    for (const junk of [undefined, null, 'step 3', 7, [], { step: '3' }, { step: 0 }, { step: 2.5 }])
      expect(readSavedState(junk)).to.deep.equal({ seen: [], completed: false });
    expect(readSavedState({ step: 2, seen: [1, '2', -1, 3.5, null, 2], completed: 'yes' })).to.deep.equal({
      step: 2,
      seen: [1, 2],
      completed: false,
    });
  });
});
