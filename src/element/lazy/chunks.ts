import { lazyChunk } from './lazy-chunk.js';

/**
 * What the default view does not draw: the X-ray view's styles, the aftercare view, the share panel,
 * the printed handout's drawing, the stent card and the unsuitable panel, with their styles. One chunk:
 * each widget fetches it once it has first drawn, so a first use seldom waits.
 */
export const EXTRAS = lazyChunk(() => import('./extras.js'));
