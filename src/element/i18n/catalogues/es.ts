import { templates } from '../generated/es.js';
import type { DataTexts, LanguagePack } from '../catalogue.js';
import { byName } from './by-name.js';

/** Spanish: the interface here; the anatomy, cases, stents and each procedure in their own chunks. */
export const pack: LanguagePack = {
  ui: { templates },
  data: {},
  lazy: {
    anatomy: async () => (await import('../../../../data/i18n/es/anatomy.es.json')).default,
    obstructions: async () => (await import('../../../../data/i18n/es/obstructions.es.json')).default,
    stents: async () => (await import('../../../../data/i18n/es/stents.es.json')).default,
    ...byName(
      'procedures/',
      import.meta.glob<DataTexts>('../../../../data/i18n/es/procedures/*.json', { import: 'default' }),
    ),
  },
};
