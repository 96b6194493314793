import { expect, fixture, html } from '@open-wc/testing';
import type { DataErrorDetail } from '../../src/element/events.js';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { settle } from './mount.js';

type Json = Record<string, unknown> & { title: string; steps: { title: string }[] };

/** A widget built from markup, collecting its li-error events. */
async function widget(markup: ReturnType<typeof html>) {
  const box = await fixture<HTMLDivElement>(html`<div style="width:480px">${markup}</div>`);
  const el = box.querySelector('liver-intervention') as LiverIntervention;
  const errors: DataErrorDetail[] = [];
  el.addEventListener('li-error', (e) => errors.push((e as CustomEvent<DataErrorDetail>).detail));
  await settle(el);
  return { el, errors };
}

const alertText = (el: LiverIntervention) => el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? '';

describe('author content in the page', () => {
  it('takes a procedure from a child <script type="application/json">, and follows edits to it', async () => {
    const procedure = JSON.parse(JSON.stringify(BUNDLED_PROCEDURES.ptcd)) as Json;
    procedure.steps[0]!.title = 'Inline first step';
    const { el, errors } = await widget(
      html`<liver-intervention
        ><script type="application/json">
          ${JSON.stringify(procedure)}
        </script></liver-intervention
      >`,
    );
    expect(el.steps[0]!.title).to.equal('Inline first step');
    expect(errors).to.deep.equal([]);
    const script = el.querySelector('script')!;
    script.textContent = '{ "steps": [ }';
    await settle(el);
    expect(errors.at(-1)).to.include({ code: 'bad-json', path: '(root)' });
    expect(alertText(el)).to.contain('inline procedure <script>').and.contain('not valid JSON');
    expect(el.steps[0]!.title, 'the last good procedure stays').to.equal('Inline first step');
    script.remove();
    await settle(el);
    expect(alertText(el)).to.equal('');
    expect(el.steps[0]!.title).to.equal((BUNDLED_PROCEDURES.ptcd as Json).steps[0]!.title);
  });

  it('takes anatomy files from a data-anatomy script; the property wins over it', async () => {
    const files = JSON.parse(JSON.stringify(DEFAULT_ANATOMY_FILES)) as Record<
      string,
      { structures: { id: string; name: string }[] }
    >;
    files['liver.json']!.structures[0]!.name = 'Inline liver';
    const id = files['liver.json']!.structures[0]!.id;
    const { el } = await widget(
      html`<liver-intervention procedure="none" selected=${id}
        ><script type="application/json" data-anatomy>
          ${JSON.stringify(files)}
        </script></liver-intervention
      >`,
    );
    const name = () => el.shadowRoot!.querySelector('[part="details"] strong')!.textContent;
    expect(name()).to.equal('Inline liver');
    el.anatomyFiles = { ...DEFAULT_ANATOMY_FILES };
    await settle(el);
    expect(name()).not.to.equal('Inline liver');
  });

  it('fetches a procedure from src, and reports a failed or refused fetch', async () => {
    const { el, errors } = await widget(
      html`<liver-intervention src="/raw-json/data/procedures/stent"></liver-intervention>`,
    );
    expect(el.steps.map((s) => s.id)).to.include('deploy');
    el.src = '/raw-json/data/procedures/missing';
    await settle(el);
    expect(errors.at(-1)).to.include({ code: 'load-failed', source: '/raw-json/data/procedures/missing' });
    expect(alertText(el)).to.contain('HTTP 404');
    expect(
      el.steps.map((s) => s.id),
      'the last good procedure stays',
    ).to.include('deploy');
    el.src = 'javascript:alert(1)';
    await settle(el);
    expect(errors.at(-1)).to.include({ code: 'load-failed' });
    expect(errors.at(-1)!.message).to.contain('only http and https');
    el.removeAttribute('src');
    await settle(el);
    expect(alertText(el)).to.equal('');
  });
});
