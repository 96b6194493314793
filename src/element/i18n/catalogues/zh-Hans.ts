import { templates } from '../generated/zh-Hans.js';
import type { DataTexts } from '../catalogue.js';
import { languagePack } from './language-pack.js';

/**
 * Simplified Chinese: the interface here; the anatomy, cases, stents and each procedure in their own chunks, a procedure's
 * clinical context and aftercare apart from what plays it.
 */
export const pack = languagePack(
  templates,
  import.meta.glob<DataTexts>('../../../../data/i18n/zh-Hans/*.json', { import: 'default' }),
  import.meta.glob<DataTexts>('../../../../data/i18n/zh-Hans/procedures/*.json', { query: '?play', import: 'default' }),
  import.meta.glob<DataTexts>('../../../../data/i18n/zh-Hans/procedures/*.json', {
    query: '?procedure-texts',
    import: 'default',
  }),
  import.meta.glob<DataTexts>('../../../../data/anatomy/*.json', {
    query: '?anatomy-texts=zh-Hans',
    import: 'default',
  }),
);
