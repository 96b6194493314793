import type { StentName } from '../../model/stent-names.js';
import type { StentTexts } from '../../model/stent-schema.js';
import type { PlacedSheet } from './lazy-chunk.js';

/*
 * The card's words of data/stents.json, a chunk of their own: the build's copy here holds them alone, and the copy
 * the drawing reads (src/model/stent-specs.ts) leaves them out (scripts/lazy-texts-plugin.mjs). The test runner
 * serves the file whole.
 */
const [file] = Object.values(
  import.meta.glob<Record<string, StentTexts>>('../../../data/stents.json', {
    query: '?stent-texts',
    import: 'default',
    eager: true,
  }),
);

/** Each stent type's card words, in English (a translation looks them up by path, e.g. `mesh.sizes`). */
export const texts = file as Readonly<Record<StentName, StentTexts>>;

/** No styles of its own: the card's come with the extras. */
export const sheets: readonly PlacedSheet[] = [];
