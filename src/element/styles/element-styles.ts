import { aftercare } from './aftercare.js';
import { controls } from './controls.js';
import { devices } from './devices.js';
import { fluoroscopy } from './fluoroscopy.js';
import { forcedColors } from './forced-colors.js';
import { handout } from './handout.js';
import { labels } from './labels.js';
import { layout } from './layout.js';
import { panels } from './panels.js';
import { presenter } from './presenter.js';
import { picture } from './picture.js';
import { rtl } from './rtl.js';
import { scenePaint } from './scene-paint.js';
import { share } from './share.js';
import { spotlight } from './spotlight.js';
import { themes } from './themes.js';
import { stageHeight } from './stage-height.js';
import { tokens } from './tokens.js';

/**
 * The element's style sheets in cascade order: later sheets override earlier
 * ones at equal specificity (fluoroscopy over paint and devices, forced colours over all). The stage-height and
 * right-to-left sheets refine the layout.
 */
export const elementStyles = [
  tokens,
  layout,
  stageHeight,
  rtl,
  scenePaint,
  devices,
  picture,
  fluoroscopy,
  labels,
  controls,
  panels,
  aftercare,
  presenter,
  spotlight,
  share,
  themes,
  forcedColors,
  handout,
];
