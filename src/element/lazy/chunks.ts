import { loadXrayBones } from '../../scene/lazy-xray-bones.js';
import { lazyChunk } from './lazy-chunk.js';

/**
 * What the default view does not draw: the X-ray view's styles, the aftercare view, the share panel,
 * the stent card and the unsuitable panel, with their styles. One chunk:
 * each widget fetches it once it has first drawn, so a first use seldom waits. The bones only a film shows come
 * with it (a scene-layer chunk of their own): the X-ray drawing stays hidden until both are here.
 */
export const EXTRAS = lazyChunk(async () => (await Promise.all([import('./extras.js'), loadXrayBones()]))[0]);

/** The printed handout: its storyboard's drawing and print styles, fetched with the extras (printing seldom waits). */
export const PRINTING = lazyChunk(() => import('./printing.js'));

/** The stent card's words, fetched when the stent procedure is shown (the card waits for them and the extras). */
export const STENT_TEXTS = lazyChunk(() => import('./stents-texts.js'));
