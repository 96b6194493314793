// Loads the built bundle with no compilation step: catches decorators left
// unlowered and the d3 prototype-patch loss that only show in dist/.
import { chromeLauncher } from '@web/test-runner-chrome';
import { findBrowser, CHROME_ARGS } from './scripts/find-browser.mjs';

export default {
  files: ['test-dist/**/*.test.js'],
  nodeResolve: false,
  browsers: [chromeLauncher({ launchOptions: { executablePath: findBrowser(), args: CHROME_ARGS } })],
  concurrency: 1,
};
