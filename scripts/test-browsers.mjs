// The test runner's browsers: Chromium and Firefox ESR, both driven by
// puppeteer-core (Firefox over WebDriver BiDi). BROWSERS=chromium (or
// firefox) narrows the run, e.g. for coverage, which only Chromium reports.
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findBrowser, findFirefox } from './find-browser.mjs';

/** The launchers named in BROWSERS (default: both engines). */
export function testBrowsers() {
  const engines = (process.env.BROWSERS ?? 'chromium,firefox').split(',');
  const launchers = {
    chromium: () => chromeLauncher({ launchOptions: { executablePath: findBrowser(), args: CHROME_ARGS } }),
    firefox: () =>
      chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: findFirefox() } }),
  };
  return engines.map((name) => launchers[name]());
}

/** A test command, `emulate-forced-colors`, that puppeteer's Chromium supports and the stock commands lack. */
export function forcedColorsPlugin() {
  return {
    name: 'emulate-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      if (session.browser.name !== 'Chrome') return false;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
      return true;
    },
  };
}
