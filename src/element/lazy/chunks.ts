import { lazyChunk } from './lazy-chunk.js';

/**
 * What the default view does not draw: the X-ray view's styles, the aftercare view, the share panel,
 * the stent card and the unsuitable panel, with their styles. One chunk:
 * each widget fetches it once it has first drawn, so a first use seldom waits.
 */
export const EXTRAS = lazyChunk(() => import('./extras.js'));

/** The printed handout: its storyboard's drawing and print styles, fetched with the extras (printing seldom waits). */
export const PRINTING = lazyChunk(() => import('./printing.js'));
