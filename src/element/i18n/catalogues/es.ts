import { templates } from '../generated/es.js';
import type { DataTexts } from '../catalogue.js';
import { languagePack } from './language-pack.js';

/**
 * Spanish: the interface here; the anatomy, cases, stents and each procedure in their own chunks, a procedure's
 * clinical context and aftercare apart from what plays it.
 */
export const pack = languagePack(
  templates,
  import.meta.glob<DataTexts>('../../../../data/i18n/es/*.json', { import: 'default' }),
  import.meta.glob<DataTexts>('../../../../data/i18n/es/procedures/*.json', { query: '?play', import: 'default' }),
  import.meta.glob<DataTexts>('../../../../data/i18n/es/procedures/*.json', {
    query: '?procedure-texts',
    import: 'default',
  }),
  import.meta.glob<DataTexts>('../../../../data/anatomy/*.json', { query: '?anatomy-texts=es', import: 'default' }),
);
