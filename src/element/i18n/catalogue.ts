import type { TextLookup } from '../../model/translate-data.js';
import type { UiText } from './messages.js';

/** Translations of one data file, by stable path (see translateData); a missing path stays English. */
export type DataTexts = Readonly<Record<string, string>>;

/** What one language module ships: the interface text, and loaders for the data text. */
export interface LanguagePack {
  readonly ui: UiText;
  /**
   * Data text there from the start, by data file (`anatomy`: all anatomy files). A pseudo-locale (with `ui.wrap`)
   * makes the missing texts from the English.
   */
  readonly data: Readonly<Record<string, DataTexts>>;
  /**
   * Data text loaded when first needed: `anatomy`, `obstructions`, `stents`, `procedures/<name>` and, apart,
   * `procedures/<name>.texts` (its clinical context and aftercare; it may also be in `procedures/<name>`), and
   * `anatomy.texts/<file>` (the descriptions of one anatomy file's structures; they may also be in `anatomy`).
   */
  readonly lazy?: Readonly<Record<string, () => Promise<DataTexts>>>;
}

/** One language's text as the element uses it. */
export interface Catalogue {
  readonly ui: UiText | undefined;
  /** The lookup for a data file (`anatomy`, `obstructions`, `stents`, `procedures/ptcd`), or undefined in English. */
  lookup(file: string): TextLookup | undefined;
  /** Resolves once the text `procedure` shows is there (its steps, the cases); undefined when nothing needs loading. */
  need(procedure: string): Promise<void> | undefined;
  /** Resolves once `procedure`'s clinical context and aftercare text is there; undefined when nothing needs loading. */
  needTexts(procedure: string): Promise<void> | undefined;
  /**
   * Resolves once the descriptions of the structures in one bundled anatomy file (`ducts`) are there;
   * undefined when nothing needs loading.
   */
  needStructureTexts(file: string): Promise<void> | undefined;
  /** How many data files have arrived: a translated copy made before one arrived may lack its text. */
  loaded(): number;
}

/** English: the data as written. */
export const ENGLISH: Catalogue = {
  ui: undefined,
  lookup: () => undefined,
  need: () => undefined,
  needTexts: () => undefined,
  needStructureTexts: () => undefined,
  loaded: () => 0,
};

/** The lazy data files a procedure shows: the anatomy and case text always, the stent facts with the stent card. */
const filesFor = (procedure: string) => [
  'anatomy',
  'obstructions',
  ...(procedure === 'stent' ? ['stents'] : []),
  `procedures/${procedure}`,
];

/** A catalogue over a language pack; lazy texts load on first need, once. */
export function packCatalogue(pack: LanguagePack): Catalogue {
  const files = new Map<string, DataTexts>(Object.entries(pack.data));
  const loading = new Map<string, Promise<void>>();
  // The structure descriptions, merged as each anatomy file's part arrives (apart from `files`: they change no
  // procedure's text, so loaded() does not count them).
  let descriptions: DataTexts = {};
  const wrap = pack.ui.wrap;
  const lookupIn =
    (...texts: (DataTexts | undefined)[]): TextLookup =>
    (path, english) => {
      for (const part of texts) if (part?.[path] !== undefined) return part[path];
      return wrap ? wrap(english) : english;
    };
  const load = (file: string, keep = (texts: DataTexts) => void files.set(file, texts)) => {
    let task = loading.get(file);
    const loader = pack.lazy?.[file];
    if (!task && loader) {
      task = loader().then(keep);
      loading.set(file, task);
    }
    return task;
  };
  const loadedParts = new Set<string>();
  const loadPart = (file: string) =>
    loadedParts.has(file)
      ? undefined
      : load(file, (texts) => {
          descriptions = { ...descriptions, ...texts };
          loadedParts.add(file);
        })?.catch(() => {
          // Offline or blocked: the English stands in, rather than asking again at every frame.
          loadedParts.add(file);
        });
  const loadAll = (names: readonly string[]) => {
    const tasks = names
      .filter((f) => !files.has(f))
      .map((f) => load(f))
      .filter((t) => t !== undefined);
    return tasks.length ? Promise.all(tasks).then(() => undefined) : undefined;
  };
  return {
    ui: pack.ui,
    lookup: (file) =>
      lookupIn(files.get(file), files.get(`${file}.texts`), file === 'anatomy' ? descriptions : undefined),
    need: (procedure) => loadAll(filesFor(procedure)),
    needTexts: (procedure) => loadAll([`procedures/${procedure}.texts`]),
    needStructureTexts: (file) => loadPart(`anatomy.texts/${file}`),
    loaded: () => files.size,
  };
}
