import { templates } from '../generated/zh-Hans.js';
import type { DataTexts, LanguagePack } from '../catalogue.js';
import { byName } from './by-name.js';

/** Simplified Chinese: the interface here; the anatomy, cases, stents and each procedure in their own chunks. */
export const pack: LanguagePack = {
  ui: { templates },
  data: {},
  lazy: {
    anatomy: async () => (await import('../../../../data/i18n/zh-Hans/anatomy.zh-Hans.json')).default,
    obstructions: async () => (await import('../../../../data/i18n/zh-Hans/obstructions.zh-Hans.json')).default,
    stents: async () => (await import('../../../../data/i18n/zh-Hans/stents.zh-Hans.json')).default,
    ...byName(
      'procedures/',
      import.meta.glob<DataTexts>('../../../../data/i18n/zh-Hans/procedures/*.json', { import: 'default' }),
    ),
  },
};
