import { expect } from '@open-wc/testing';
import esAnatomy from '../../data/i18n/es/anatomy.es.json';
import zhAnatomy from '../../data/i18n/zh-Hans/anatomy.zh-Hans.json';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { parseAnatomy } from '../../src/model/parse-anatomy.js';

/** Three or more capitals in a row, not a Roman numeral: an acronym a lecturer would have to gloss (RPSD, RPV). */
const acronyms = (text: string) => (text.match(/\b[A-Z]{3,}\b/g) ?? []).filter((w) => !/^[IVXL]+$/.test(w));

describe('short names of the sectoral ducts and portal branches', () => {
  const anatomy = parseAnatomy(DEFAULT_ANATOMY_FILES);
  const sectoral = anatomy.structures.filter((s) => s.kind === 'duct' || s.id.startsWith('right-portal'));

  it('read as words in English, never an acronym', () => {
    for (const s of sectoral) expect(acronyms(s.short ?? s.name), s.id).to.deep.equal([]);
  });

  for (const [lang, texts] of [
    ['es', esAnatomy],
    ['zh-Hans', zhAnatomy],
  ] as const)
    it(`read as words in ${lang}, never an acronym or a clipped abbreviation`, () => {
      for (const s of sectoral) {
        const short = (texts as Record<string, string>)[`structures.${s.id}.short`];
        if (short === undefined) continue;
        expect(acronyms(short), `${lang} ${s.id}`).to.deep.equal([]);
        expect(short, `${lang} ${s.id}`).to.not.match(/\b\p{L}{1,5}\.\s/u);
      }
    });
});
