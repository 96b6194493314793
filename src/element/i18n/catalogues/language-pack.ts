import type { DataTexts, LanguagePack } from '../catalogue.js';
import type { UiText } from '../messages.js';

type Files = Readonly<Record<string, () => Promise<DataTexts>>>;

/** Each file keyed by its name up to the first dot, after `prefix`, and before `suffix`. */
const keyed = (files: Files, prefix = '', suffix = '') =>
  Object.entries(files).map(([path, load]) => {
    const file = path.slice(path.lastIndexOf('/') + 1);
    return [`${prefix}${file.slice(0, file.indexOf('.'))}${suffix}`, load] as const;
  });

/**
 * A translated language: its interface templates, and its data texts loaded when first needed, from glob results
 * over its data/i18n folder (`…/anatomy.es.json` is `anatomy`). A procedure's translation comes as two globs of
 * the same files: what plays it (`…/procedures/ptcd.es.json` is `procedures/ptcd`) and its clinical context and
 * aftercare (`procedures/ptcd.texts`), which the build puts in chunks of their own; the test runner serves each
 * file whole to both. The structure descriptions come as a glob over the bundled anatomy files (`…/ducts.json` is
 * `anatomy.texts/ducts`): the build cuts each one's part out of the language's anatomy translation, which then
 * holds the names alone; the test runner serves the translation whole as `anatomy`.
 */
export function languagePack(
  templates: UiText['templates'],
  files: Files,
  procedures: Files = {},
  procedureTexts: Files = {},
  structureTexts: Files = {},
): LanguagePack {
  const lazy = [
    ...keyed(files),
    ...keyed(procedures, 'procedures/'),
    ...keyed(procedureTexts, 'procedures/', '.texts'),
    ...keyed(structureTexts, 'anatomy.texts/'),
  ];
  return { ui: { templates }, data: {}, lazy: Object.fromEntries(lazy) };
}
