import { aftercare } from '../styles/aftercare.js';
import { shown } from '../styles/awaiting.js';
import { fluoroscopy } from '../styles/fluoroscopy.js';
import { labels } from '../styles/labels.js';
import { presenter } from '../styles/presenter.js';
import { share } from '../styles/share.js';
import { themes } from '../styles/themes.js';
import type { PlacedSheet } from './lazy-chunk.js';

export { renderAftercare, renderAftercareFigure } from '../templates/aftercare-view.js';
export { renderSharePanel } from '../templates/share-panel.js';
export { renderStentCard } from '../templates/stent-card.js';
export { renderUnsuitable } from '../templates/unsuitable-panel.js';

/**
 * The chunk's styles, each where it stood in the element's cascade: the X-ray view's after the drawing's paint
 * (before the labels), the aftercare view's before the presenter sheet, and the share panel's before the themes
 * (the printed handout's come with its own chunk).
 */
export const sheets: readonly PlacedSheet[] = [
  { sheet: fluoroscopy, before: labels },
  { sheet: shown, before: labels },
  { sheet: aftercare, before: presenter },
  { sheet: share, before: themes },
];
