import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import manifest from '../../custom-elements.json';
import { LiverIntervention } from '../../src/element/liver-intervention.js';
import { mount } from './mount.js';

interface Declaration {
  tagName?: string;
  cssProperties?: { name: string }[];
  cssParts?: { name: string }[];
}
const decl = (manifest.modules as { declarations?: Declaration[] }[])
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.tagName === 'liver-intervention')!;

describe('<liver-intervention> documented styling API', () => {
  it('documents every --li-* custom property its styles read or set', async () => {
    // With the sheets its lazy chunks bring.
    const lazy = [await import('../../src/element/lazy/extras.js'), await import('../../src/element/lazy/printing.js')];
    const sheets = [...LiverIntervention.elementStyles, ...lazy.flatMap((m) => m.sheets.map((p) => p.sheet))];
    const css = sheets.map((s) => (s as CSSResult).cssText).join('\n');
    const used = new Set(css.match(/--li-[a-z-]+/g));
    const documented = new Set(decl.cssProperties!.map((p) => p.name));
    expect(used.size).to.be.greaterThan(30);
    expect([...used].filter((p) => !documented.has(p))).to.deep.equal([]);
    expect([...documented].filter((p) => !used.has(p))).to.deep.equal([]);
  });

  it('documents every part it renders', async () => {
    const el = await mount(800, { procedure: 'stent', blank: '' });
    const parts = new Set([...el.shadowRoot!.querySelectorAll('[part]')].map((n) => n.getAttribute('part')!));
    expect([...parts]).to.include.members([
      'scene',
      'controls',
      'caption',
      'details',
      'context',
      'stent-card',
      'blank',
    ]);
    const documented = decl.cssParts!.map((p) => p.name);
    expect([...parts].filter((p) => !documented.includes(p))).to.deep.equal([]);
  });
});
