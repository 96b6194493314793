// The test runner's browsers: Chromium and Firefox ESR, both driven by
// puppeteer-core (Firefox over WebDriver BiDi). BROWSERS=chromium (or
// firefox) narrows the run, e.g. for coverage, which only Chromium reports.
import { chromeLauncher } from '@web/test-runner-chrome';
import { readFile } from 'node:fs/promises';
import * as puppeteer from 'puppeteer-core';
import { BrowsingContext } from 'puppeteer-core/internal/bidi/core/BrowsingContext.js';
import { CHROME_ARGS, findBrowser, findFirefox } from './find-browser.mjs';

// puppeteer-core sets a screen orientation with every viewport over BiDi, a command some Firefox ESR 140 builds
// (Debian's 140.12) do not know. The runner's pages need no orientation: an unknown command is let pass, as
// puppeteer already does for the touch override it sends beside it.
const orient = BrowsingContext.prototype.setScreenOrientationOverride;
BrowsingContext.prototype.setScreenOrientationOverride = async function (...args) {
  try {
    return await orient.apply(this, args);
  } catch (error) {
    if (!String(error?.message).includes('unknown command')) throw error;
  }
};

/** The launchers named in BROWSERS (default: both engines). */
export function testBrowsers() {
  const engines = (process.env.BROWSERS ?? 'chromium,firefox').split(',');
  const launchers = {
    chromium: () => chromeLauncher({ launchOptions: { executablePath: findBrowser(), args: CHROME_ARGS } }),
    firefox: () => chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: findFirefox() } }),
  };
  return engines.map((name) => launchers[name]());
}

/** CommonJS files the tests import (through `text-readability`), by path, with their `require()` ids. */
const COMMON_JS = {
  '/node_modules/pluralize/pluralize.js': [],
  '/node_modules/normalize-strings/index.js': ['./charmap.json'],
};

/**
 * Serves those CommonJS files as ES modules whose default export is
 * `module.exports`, so every engine can import them (an import map added at
 * run time, the other way, works in Chromium only).
 */
export function commonJsPlugin() {
  return {
    name: 'common-js-as-esm',
    transform(context) {
      const requires = COMMON_JS[context.path];
      if (!requires) return undefined;
      const imports = requires.map((id, i) => `import dep${i} from ${JSON.stringify(id)};`);
      const table = requires.map((id, i) => `${JSON.stringify(id)}: dep${i}`).join(', ');
      return {
        body: [
          ...imports,
          'const module = { exports: {} }; const exports = module.exports;',
          `const require = (id) => ({ ${table} })[id];`,
          context.body,
          'export default module.exports;',
        ].join('\n'),
      };
    },
  };
}

/**
 * `/raw-json/<path>` serves `<path>.json` as JSON text, as any web server
 * would: the test server itself turns `.json` requests into JS modules.
 */
export function rawJsonMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/raw-json/')) return next();
    const file = `${ctx.path.slice('/raw-json/'.length)}.json`;
    if (file.includes('..')) return next();
    try {
      ctx.body = await readFile(file, 'utf8');
      ctx.type = 'application/json';
    } catch {
      ctx.status = 404;
    }
  };
}
