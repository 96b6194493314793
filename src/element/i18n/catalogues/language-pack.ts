import type { DataTexts, LanguagePack } from '../catalogue.js';
import type { UiText } from '../messages.js';

/**
 * A translated language: its interface templates, and its data texts loaded when first needed, from glob results
 * over its data/i18n folder. Each file is keyed by its name up to the first dot, procedures under `procedures/`
 * (`…/anatomy.es.json` is `anatomy`, `…/procedures/ptcd.es.json` is `procedures/ptcd`).
 */
export function languagePack(
  templates: UiText['templates'],
  files: Readonly<Record<string, () => Promise<DataTexts>>>,
): LanguagePack {
  const lazy = Object.entries(files).map(([path, load]) => {
    const file = path.slice(path.lastIndexOf('/') + 1);
    return [`${path.includes('/procedures/') ? 'procedures/' : ''}${file.slice(0, file.indexOf('.'))}`, load] as const;
  });
  return { ui: { templates }, data: {}, lazy: Object.fromEntries(lazy) };
}
