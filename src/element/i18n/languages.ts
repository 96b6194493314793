import { type Catalogue, ENGLISH, type LanguagePack, packCatalogue } from './catalogue.js';
import { supportedLanguage } from './resolve-lang.js';

/** Each language but English is its own chunk, loaded the first time a widget speaks it. */
const loaders = new Map<string, () => Promise<LanguagePack>>([
  ['zh-Hans', async () => (await import('./catalogues/zh-Hans.js')).pack],
  ['es', async () => (await import('./catalogues/es.js')).pack],
]);
const catalogues = new Map<string, Promise<Catalogue>>([['en', Promise.resolve(ENGLISH)]]);

/**
 * Adds a language under its exact `lang` tag (e.g. a pseudo-locale in tests, or a site's own translation); the
 * pack is loaded when a widget first uses it.
 */
export function registerLanguage(tag: string, load: () => Promise<LanguagePack>): void {
  loaders.set(tag, load);
  catalogues.delete(tag);
}

/** The language a `lang` tag is served in: a registered tag as it is, else the matching built-in one. */
export function languageOf(tag: string): string | undefined {
  return loaders.has(tag) ? tag : supportedLanguage(tag);
}

/** The catalogue of a language from languageOf (loaded once per page, shared by all widgets). */
export function loadCatalogue(language: string): Promise<Catalogue> {
  let catalogue = catalogues.get(language);
  if (!catalogue) {
    const load = loaders.get(language);
    catalogue = load ? load().then(packCatalogue) : Promise.resolve(ENGLISH);
    catalogues.set(language, catalogue);
  }
  return catalogue;
}
