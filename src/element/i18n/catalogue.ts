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
  /** Data text loaded when first needed: `anatomy`, `obstructions`, `stents`, `procedures/<name>`. */
  readonly lazy?: Readonly<Record<string, () => Promise<DataTexts>>>;
}

/** One language's text as the element uses it. */
export interface Catalogue {
  readonly ui: UiText | undefined;
  /** The lookup for a data file (`anatomy`, `obstructions`, `stents`, `procedures/ptcd`), or undefined in English. */
  lookup(file: string): TextLookup | undefined;
  /** Resolves once the text `procedure` shows is there (its steps, the cases); undefined when nothing needs loading. */
  need(procedure: string): Promise<void> | undefined;
}

/** English: the data as written. */
export const ENGLISH: Catalogue = { ui: undefined, lookup: () => undefined, need: () => undefined };

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
  const wrap = pack.ui.wrap;
  const lookupIn =
    (texts: DataTexts | undefined): TextLookup =>
    (path, english) =>
      texts?.[path] ?? (wrap ? wrap(english) : english);
  const load = (file: string) => {
    let task = loading.get(file);
    const loader = pack.lazy?.[file];
    if (!task && loader) {
      task = loader().then((texts) => void files.set(file, texts));
      loading.set(file, task);
    }
    return task;
  };
  return {
    ui: pack.ui,
    lookup: (file) => lookupIn(files.get(file)),
    need(procedure) {
      const tasks = filesFor(procedure)
        .filter((f) => !files.has(f))
        .map(load)
        .filter((t) => t !== undefined);
      return tasks.length ? Promise.all(tasks).then(() => undefined) : undefined;
    },
  };
}
