import { expect } from '@open-wc/testing';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { copy, spyConsole } from './console-spy.js';
import { mount, settle } from './mount.js';
import { XSS_PAYLOADS } from './xss-payloads.js';

type Json = Record<string, unknown>;
const TEXT_KEYS = new Set(['title', 'patientTitle', 'clinician', 'patient', 'description', 'caution', 'reason']);
const TEXT_LISTS = new Set(['indications', 'advantages', 'risks']);
const NAME_KEYS = new Set(['name', 'short', 'description']);

/** A copy of `json` with every author text (by key) replaced with `payload`. */
function withText(json: unknown, payload: string, keys: Set<string>, lists = new Set<string>()): unknown {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        typeof v === 'string' && keys.has(k)
          ? payload
          : Array.isArray(v) && lists.has(k)
            ? v.map(() => payload)
            : walk(v),
      ]),
    );
  };
  return walk(json);
}

/** Anything in the shadow tree that could run script. */
function executable(el: LiverIntervention): string[] {
  const found: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    const tag = node.localName;
    if (
      ['script', 'iframe', 'object', 'embed', 'img', 'image', 'foreignobject', 'base', 'meta', 'link', 'form'].includes(
        tag,
      )
    ) {
      found.push(`<${tag}>`);
    }
    for (const attr of node.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
      if (/^\s*(javascript|data):/i.test(attr.value) && /href|src|action|data/i.test(attr.name)) {
        found.push(`${tag}[${attr.name}=${attr.value}]`);
      }
    }
  }
  return found;
}

describe(`XSS: ${XSS_PAYLOADS.length} payloads in every author-controlled string`, () => {
  let runs = 0;
  before(() => ((window as unknown as Json).__xss = () => runs++));
  after(() => {
    delete (window as unknown as Json).__xss;
    console.info(`XSS payloads tried: ${XSS_PAYLOADS.length}, executions: ${runs}`);
  });

  const CHUNK = 56;
  for (let from = 0; from < XSS_PAYLOADS.length; from += CHUNK) {
    it(`renders payloads ${from + 1}–${from + CHUNK} as text and never runs one`, async () => {
      await tryPayloads(XSS_PAYLOADS.slice(from, from + CHUNK));
    });
  }

  async function tryPayloads(payloads: readonly string[]) {
    const el = await mount(480);
    const spy = spyConsole();
    const ducts = copy<Json>(DEFAULT_ANATOMY_FILES['ducts.json']);
    try {
      for (const payload of payloads) {
        el.procedureData = withText(BUNDLED_PROCEDURES.ptcd, payload, TEXT_KEYS, TEXT_LISTS);
        el.anatomyFiles = { ...DEFAULT_ANATOMY_FILES, 'ducts.json': withText(ducts, payload, NAME_KEYS) };
        el.selected = 'common-bile-duct';
        el.audience = 'clinician';
        await settle(el);
        expect(el.shadowRoot!.querySelector('[part="caption"] h2')!.textContent, payload).to.equal(payload);
        expect(el.shadowRoot!.querySelector('[part="details"] strong')!.textContent).to.equal(payload);
        el.audience = 'patient';
        await settle(el);
        expect(el.shadowRoot!.querySelector('[part="caption"] p')!.textContent).to.equal(payload);
        // Rejected data: the payload comes back as text, quoted in the error's path (an unknown field's name).
        el.procedureData = { ...(BUNDLED_PROCEDURES.ptcd as Json), id: payload, [payload]: payload };
        el.setAttribute('procedure', payload);
        el.setAttribute('selected', payload);
        await settle(el);
        expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
          JSON.stringify(payload).slice(0, 20),
        );
        expect(executable(el), payload).to.deep.equal([]);
        expect(runs, payload).to.equal(0);
      }
    } finally {
      spy.restore();
    }
    expect(spy.errors).to.deep.equal([]);
    expect(document.querySelectorAll('body img, body iframe, body object').length).to.equal(0);
  }
});
