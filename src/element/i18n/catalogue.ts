import type { TextLookup } from '../../model/translate-data.js';
import type { UiText } from './messages.js';

/** Translations of one data file, by stable path (see translateData); a missing path stays English. */
export type DataTexts = Readonly<Record<string, string>>;

/** What one language module ships: the interface text and the data text of the anatomy, cases and stents. */
export interface LanguagePack {
  readonly ui: UiText;
  /**
   * By data file: `anatomy` (all anatomy files), `obstructions`, `stents`. A pseudo-locale (with `ui.wrap`) makes
   * the missing texts from the English.
   */
  readonly data: Readonly<Record<string, DataTexts>>;
  /** Each procedure's text, by procedure name, loaded when that procedure is shown. */
  readonly procedures: Readonly<Record<string, () => Promise<DataTexts>>>;
}

/** One language's text as the element uses it. */
export interface Catalogue {
  readonly ui: UiText | undefined;
  /** The lookup for a data file (`anatomy`, `obstructions`, `stents`, `procedures/ptcd`), or undefined in English. */
  lookup(file: string): TextLookup | undefined;
  /** Resolves once `procedure`'s text is there; undefined when nothing needs loading. */
  need(procedure: string): Promise<void> | undefined;
}

/** English: the data as written. */
export const ENGLISH: Catalogue = { ui: undefined, lookup: () => undefined, need: () => undefined };

/** A catalogue over a language pack; procedure texts load on first need. */
export function packCatalogue(pack: LanguagePack): Catalogue {
  const files = new Map<string, DataTexts>(Object.entries(pack.data));
  const loading = new Map<string, Promise<void>>();
  const wrap = pack.ui.wrap;
  const lookupIn =
    (texts: DataTexts | undefined): TextLookup =>
    (path, english) =>
      texts?.[path] ?? (wrap ? wrap(english) : english);
  return {
    ui: pack.ui,
    lookup: (file) => lookupIn(files.get(file)),
    need(procedure) {
      const file = `procedures/${procedure}`;
      const load = pack.procedures[procedure];
      if (files.has(file) || !load) return undefined;
      let task = loading.get(file);
      if (!task) {
        task = load().then((texts) => void files.set(file, texts));
        loading.set(file, task);
      }
      return task;
    },
  };
}
