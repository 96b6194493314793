import anatomy from '../../../../data/i18n/es/anatomy.json';
import obstructions from '../../../../data/i18n/es/obstructions.json';
import stents from '../../../../data/i18n/es/stents.json';
import { templates } from '../generated/es.js';
import type { DataTexts, LanguagePack } from '../catalogue.js';
import { byName } from './by-name.js';

/** Spanish: interface, anatomy, cases and stents here; each procedure in its own chunk. */
export const pack: LanguagePack = {
  ui: { templates },
  data: { anatomy, obstructions, stents },
  procedures: byName(import.meta.glob<DataTexts>('../../../../data/i18n/es/procedures/*.json', { import: 'default' })),
};
