import { expect } from '@open-wc/testing';
import glossary from '../../data/glossary.json';
import obstructions from '../../data/obstructions.json';
import stents from '../../data/stents.json';
import { pack as es } from '../../src/element/i18n/catalogues/es.js';
import { pack as zh } from '../../src/element/i18n/catalogues/zh-Hans.js';
import type { DataTexts, LanguagePack } from '../../src/element/i18n/catalogue.js';
import { BUNDLED_PROCEDURES } from '../../src/model/bundled-procedures.js';
import { DEFAULT_ANATOMY_FILES } from '../../src/model/default-anatomy.js';
import { translateData } from '../../src/model/translate-data.js';

/** Every translatable text of a data file, by the path its translation is keyed by. */
function englishTexts(...files: unknown[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const json of files)
    translateData(json, (path, english) => {
      texts.set(path, english);
      return english;
    });
  return texts;
}

const ENGLISH: Record<string, Map<string, string>> = {
  anatomy: englishTexts(...Object.values(DEFAULT_ANATOMY_FILES)),
  obstructions: englishTexts(obstructions),
  stents: englishTexts(stents),
  ...Object.fromEntries(
    Object.entries(BUNDLED_PROCEDURES).map(([name, json]) => [`procedures/${name}`, englishTexts(json)]),
  ),
};

/**
 * A pack's data files. A procedure's `.texts` part is left out, being the same file here (the build splits it), and
 * so are the anatomy's parts by file (`anatomy.texts/ducts`), which the build cuts from the anatomy translation.
 */
async function filesOf(pack: LanguagePack): Promise<Record<string, DataTexts>> {
  const lazy = await Promise.all(
    Object.entries(pack.lazy ?? {})
      .filter(([file]) => !file.endsWith('.texts') && !file.includes('.texts/'))
      .map(async ([file, load]) => [file, await load()] as const),
  );
  return { ...pack.data, ...Object.fromEntries(lazy) };
}

/** Digit runs, so "50,000", "50 000" and "1.5"/"1,5" compare equal across languages. */
const numbers = (text: string) => (text.match(/\d+/g) ?? []).map(Number);

/** The fields a short label is drawn from: these must be complete in every language. */
const LABEL_FIELDS = /\.(name|short|plainName)$/;

describe('translatable data texts', () => {
  it('leave the action names alone: later actions time from them', () => {
    const names = (json: unknown) =>
      (json as { steps: { actions: { name?: string }[] }[] }).steps.flatMap((s) => s.actions.map((a) => a.name));
    for (const [name, json] of Object.entries(BUNDLED_PROCEDURES)) {
      const translated = translateData(json, () => '译文');
      expect(names(translated), name).to.deep.equal(names(json));
    }
  });
});

/** The data files each language must translate completely; the rest may fall back to English. */
const COMPLETE = {
  'zh-Hans': Object.keys(ENGLISH),
  es: Object.keys(ENGLISH),
} as const;

for (const [language, pack] of [
  ['zh-Hans', zh],
  ['es', es],
] as const)
  describe(`${language} data translations`, () => {
    it('key only texts that exist, keep {obstruction} and every number of the English', async () => {
      const faults: string[] = [];
      for (const [file, texts] of Object.entries(await filesOf(pack))) {
        const english = ENGLISH[file];
        expect(english, file).to.exist;
        for (const [path, text] of Object.entries(texts)) {
          const source = english!.get(path);
          if (source === undefined) faults.push(`${file}: ${path} is not a text of the English data`);
          else if (!text.trim()) faults.push(`${file}: ${path} is empty`);
          else if (text.includes('{obstruction}') !== source.includes('{obstruction}'))
            faults.push(`${file}: ${path} adds or drops {obstruction}`);
          else
            for (const n of numbers(source))
              if (!numbers(text).includes(n)) faults.push(`${file}: ${path} drops the number ${n}`);
        }
      }
      expect(faults).to.deep.equal([]);
    });

    it('renders each glossary term of a clinician text with the glossary wording', async () => {
      const faults: string[] = [];
      for (const [file, texts] of Object.entries(await filesOf(pack)))
        for (const [path, text] of Object.entries(texts)) {
          // The patient register says things in plain words, not with the terms.
          if (/\.(patient|patientTitle|plainName|plainDescription|patientReason)$|\.patient\./.test(path)) continue;
          const source = ENGLISH[file]!.get(path)!.toLowerCase();
          for (const term of glossary.terms) {
            if (!term.match.some((m) => source.includes(m.toLowerCase()))) continue;
            // Either the full rendering or one of its parts (the name, or the abbreviation in brackets).
            const forms = [
              ...term[language].split(/[()（）/]/),
              ...((term as { forms?: Record<string, string[]> }).forms?.[language] ?? []),
            ]
              .map((f) => f.trim().toLowerCase())
              .filter(Boolean);
            if (!forms.some((f) => text.toLowerCase().includes(f)))
              faults.push(`${file}: ${path} lacks "${term[language]}"`);
          }
        }
      expect(faults).to.deep.equal([]);
    });

    it('names every structure, in both registers', async () => {
      const anatomy = (await filesOf(pack)).anatomy!;
      const names = [...ENGLISH.anatomy!.keys()].filter((p) => LABEL_FIELDS.test(p));
      const missing = names.filter((p) => !(p in anatomy));
      expect(missing).to.deep.equal([]);
    });

    it(`covers ${COMPLETE[language].join(', ')} completely, and lists the coverage of the rest`, async () => {
      const files = await filesOf(pack);
      const rows = Object.entries(ENGLISH).map(([file, english]) => {
        const done = [...english.keys()].filter((p) => files[file]?.[p] !== undefined).length;
        return `${file}: ${done}/${english.size} (${Math.floor((100 * done) / english.size)} %)`;
      });
      // The coverage of each data file, for the report; missing texts fall back to English.
      console.log(`${language} coverage\n  ${rows.join('\n  ')}`);
      for (const file of COMPLETE[language]) {
        const missing = [...ENGLISH[file]!.keys()].filter((p) => files[file]?.[p] === undefined);
        expect(missing, file).to.deep.equal([]);
      }
    });
  });
