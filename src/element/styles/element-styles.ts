import { awaiting } from './awaiting.js';
import { controls } from './controls.js';
import { devices } from './devices.js';
import { forcedColors } from './forced-colors.js';
import { handoutHidden } from './handout-hidden.js';
import { labels } from './labels.js';
import { layout } from './layout.js';
import { panels } from './panels.js';
import { presenter } from './presenter.js';
import { picture } from './picture.js';
import { rtl } from './rtl.js';
import { scenePaint } from './scene-paint.js';
import { spotlight } from './spotlight.js';
import { themes } from './themes.js';
import { stageHeight } from './stage-height.js';
import { tokens } from './tokens.js';

/**
 * The element's style sheets in cascade order: later sheets override earlier
 * ones at equal specificity (forced colours over all). The stage-height and right-to-left sheets refine the
 * layout. The X-ray view's, the aftercare view's and the share panel's sheets come with their lazy chunks
 * (src/element/lazy/), each inserted at its place in this order: fluoroscopy before the labels (over paint and
 * devices), aftercare before the presenter sheet, share before the themes,
 * the printed handout's last.
 */
export const elementStyles = [
  tokens,
  layout,
  stageHeight,
  rtl,
  scenePaint,
  devices,
  picture,
  awaiting,
  labels,
  controls,
  panels,
  presenter,
  spotlight,
  themes,
  forcedColors,
  handoutHidden,
];
