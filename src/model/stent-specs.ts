import stents from '../../data/stents.json';
import type { StentShape } from './stent-schema.js';
import type { StentName } from './stent-names.js';

/**
 * data/stents.json, trusted as bundled: test/data/bundled-data.test.ts validates it against its schema. What the
 * drawing needs only: the build's copy leaves the card's words out (scripts/lazy-texts-plugin.mjs).
 */
export const STENT_SPECS: Readonly<Record<StentName, StentShape>> = Object.fromEntries(
  Object.entries(stents).filter(([key]) => !key.startsWith('$')),
) as unknown as Record<StentName, StentShape>;

/**
 * The most a tumour squeezes a released metal stent, as a fraction of its open calibre: a waist. The stent in turn
 * holds the tumour's lumen open to it, so a stent across a tumour is never drawn narrower.
 */
export const STENT_WAIST = 0.6;

/** Units past each end of a tumour's stretch over which a stent still holds its waist: the drawn tumour's rounded end. */
export const WAIST_REACH = 20;
/** Units beyond WAIST_REACH over which a stent, and the duct it holds open, ease back to the duct's own calibre. */
export const WAIST_FADE = 16;
