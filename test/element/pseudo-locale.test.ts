import { expect } from '@open-wc/testing';
import { registerLanguage } from '../../src/element/i18n/languages.js';
import type { LiverIntervention } from '../../src/element/liver-intervention.js';
import { atEveryStep, mount, settle } from './mount.js';

// Every message and every data text, made from the English at run time: nothing can be missing from it, so any
// text without the brackets was written into the code, not passed through msg() or the data.
const wrap = (english: string) => `⟦${english}⟧`;
registerLanguage('x-pseudo', () => Promise.resolve({ ui: { wrap }, data: {} }));

/**
 * Text that needs no translation: numbers, punctuation, the icon glyphs of labelled buttons, the arrows pointing at
 * labels out of view, and vertebral levels
 * (T12 is written so in every language).
 */
const ALLOWED = /^(?:[\s\d.,:;()/×+−–\-◀▶❚…%←↑→↓↖↗↘↙\u200E]|\bT\d+\b)*$/u;
const ATTRIBUTES = ['aria-label', 'aria-valuetext', 'aria-description', 'alt', 'title', 'placeholder'];

/**
 * Every user-visible string of the shadow DOM (text and accessible-name attributes) left over once the
 * pseudo-localised parts (and `names`: identifiers such as a data source's name) are taken out.
 */
function hardCoded(el: LiverIntervention, names: readonly string[] = []): string[] {
  const found: string[] = [];
  const check = (text: string, where: string) => {
    let rest = text;
    // Innermost first: a message may hold data text (`Step 2: ⟦title⟧` inside its own brackets).
    for (let before = ''; before !== rest;) [before, rest] = [rest, rest.replace(/⟦[^⟦⟧]*⟧/g, '')];
    for (const name of names) rest = rest.replaceAll(name, '');
    if (!ALLOWED.test(rest)) found.push(`${where}: ${JSON.stringify(text.trim())}`);
  };
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  // A name wrapped onto lines is one text in several tspans: read once, whole.
  const wrapped = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text && node.parentElement?.localName === 'tspan') {
      const text = node.parentElement.parentElement!;
      if (!wrapped.has(text)) check([...text.children].map((t) => t.textContent).join(' '), '<text> on lines');
      wrapped.add(text);
    } else if (node instanceof Text) {
      const parent = node.parentElement;
      if (parent && !parent.closest('style'))
        check(node.data, `<${parent.localName}.${parent.getAttribute('class') ?? ''}>`);
    } else if (node instanceof Element) {
      for (const name of ATTRIBUTES) {
        const value = node.getAttribute(name);
        if (value) check(value, `<${node.localName}> ${name}`);
      }
    }
  }
  return found;
}

const CASES = [
  { procedure: 'ptcd', obstruction: 'distal' },
  { procedure: 'ptcd', obstruction: 'hilar-4', approach: 'left' },
  { procedure: 'internal-drainage', obstruction: 'hilar-2' },
  { procedure: 'balloon-dilation', obstruction: 'benign-anastomotic' },
  { procedure: 'stent', obstruction: 'distal', stent: 'plastic' },
  { procedure: 'cholecystostomy', obstruction: 'distal' },
  { procedure: 'balloon-dilation', obstruction: 'distal' },
  { procedure: 'none', obstruction: 'distal' },
];

describe('pseudo-locale: no hard-coded user-visible text', () => {
  for (const { procedure, obstruction, approach = '', stent = 'mesh' } of CASES)
    for (const audience of ['clinician', 'patient'])
      it(`${procedure} (${obstruction}${approach ? `, ${approach}` : ''}), ${audience}: every step`, async () => {
        const attrs: Record<string, string> = { lang: 'x-pseudo', procedure, obstruction, audience, stent };
        if (approach) attrs.approach = approach;
        const el = await mount(480, attrs);
        el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
        const found = new Set<string>();
        await atEveryStep(
          el,
          () => hardCoded(el).forEach((f) => found.add(f)),
          (step) => (el.selected = step % 2 ? 'liver' : 'confluence'),
        );
        expect([...found]).to.deep.equal([]);
      });

  it('the share panel, blank screen and an author-data error', async () => {
    const el = await mount(480, { lang: 'x-pseudo' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.share-toggle')!.click();
    el.blank = true;
    await settle(el);
    const found = hardCoded(el);
    el.blank = false;
    el.procedureData = { id: 'broken', steps: [] };
    await settle(el);
    // The validator's own findings (a JSON path and what it expected) are for authors, in English.
    expect(
      [...found, ...hardCoded(el, ['procedureData'])].filter((f) => !/<(code|li)\.(problem)?>/.test(f)),
    ).to.deep.equal([]);
  });
});
