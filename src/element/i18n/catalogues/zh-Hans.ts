import anatomy from '../../../../data/i18n/zh-Hans/anatomy.json';
import obstructions from '../../../../data/i18n/zh-Hans/obstructions.json';
import stents from '../../../../data/i18n/zh-Hans/stents.json';
import { templates } from '../generated/zh-Hans.js';
import type { DataTexts, LanguagePack } from '../catalogue.js';
import { byName } from './by-name.js';

/** Simplified Chinese: interface, anatomy, cases and stents here; each procedure in its own chunk. */
export const pack: LanguagePack = {
  ui: { templates },
  data: { anatomy, obstructions, stents },
  procedures: byName(
    import.meta.glob<DataTexts>('../../../../data/i18n/zh-Hans/procedures/*.json', { import: 'default' }),
  ),
};
