// The test runner's browsers: Chromium and Firefox ESR, both driven by
// puppeteer-core (Firefox over WebDriver BiDi). BROWSERS=chromium (or
// firefox, or both) runs every file in those engines; coverage is Chromium's only.
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

const launchers = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: findBrowser(), args: CHROME_ARGS } }),
  firefox: () => chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: findFirefox() } }),
};

/** The launchers named in BROWSERS (default: both engines). */
export function testBrowsers() {
  return (process.env.BROWSERS ?? 'chromium,firefox').split(',').map((name) => launchers[name]());
}

/**
 * Which engine runs which files. Named in BROWSERS, or narrowed with `--files`, every engine runs every file.
 * Otherwise Chromium runs them all and Firefox ESR runs `engineFiles` as well: the tests of what an engine does its
 * own way (custom elements, events, focus, CSS, layout, axe). The scene, model and timeline tests are arithmetic on
 * the anatomy, and Firefox under the runner is no guide to its speed: there a test module's own functions ran a plain
 * loop 60 to 80 times slower (about 2,000 ms) than the same loop in a page Firefox opened without the runner (26 ms),
 * and the whole suite ran past CI's 90 minutes on a 2-core machine. The built bundle's tests (test-dist) still run in
 * both engines.
 */
export function testEngines(engineFiles) {
  if (process.env.BROWSERS || process.argv.includes('--files')) return { browsers: testBrowsers() };
  return {
    browsers: [launchers.chromium()],
    groups: [{ name: 'firefox', files: engineFiles, browsers: [launchers.firefox()] }],
  };
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
