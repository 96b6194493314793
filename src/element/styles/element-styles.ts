import { controls } from './controls.js';
import { devices } from './devices.js';
import { fluoroscopy } from './fluoroscopy.js';
import { forcedColors } from './forced-colors.js';
import { labels } from './labels.js';
import { layout } from './layout.js';
import { panels } from './panels.js';
import { presenter } from './presenter.js';
import { picture } from './picture.js';
import { scenePaint } from './scene-paint.js';
import { share } from './share.js';
import { spotlight } from './spotlight.js';
import { themes } from './themes.js';
import { tokens } from './tokens.js';

/**
 * The element's style sheets in cascade order: later sheets override earlier
 * ones at equal specificity (fluoroscopy over paint and devices, forced colours over all).
 */
export const elementStyles = [
  tokens,
  layout,
  scenePaint,
  devices,
  picture,
  fluoroscopy,
  labels,
  controls,
  panels,
  presenter,
  spotlight,
  share,
  themes,
  forcedColors,
];
