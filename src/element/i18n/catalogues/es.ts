import { templates } from '../generated/es.js';
import type { DataTexts } from '../catalogue.js';
import { languagePack } from './language-pack.js';

/** Spanish: the interface here; the anatomy, cases, stents and each procedure in their own chunks. */
export const pack = languagePack(
  templates,
  import.meta.glob<DataTexts>(['../../../../data/i18n/es/*.json', '../../../../data/i18n/es/procedures/*.json'], {
    import: 'default',
  }),
);
