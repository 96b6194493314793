// What the built-site and H5P checks share: how the browser starts and how the tests run.
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, findBrowser } from '../scripts/find-browser.mjs';

/** Headless Chromium with a generous protocol timeout: CI machines may be shared and slow. */
export const launch = () =>
  puppeteer.launch({ executablePath: findBrowser(), args: CHROME_ARGS, protocolTimeout: 600000 });

/**
 * Runs the tests ({ name, fn }) in order, or only those whose names contain a command-line argument. Around each,
 * `before` and `after` (start and close its browser); after each, its undo steps in `cleanup`, newest first. Logs
 * a line per test and the totals, and sets the exit code.
 */
export async function runTests(tests, cleanup, { before = async () => {}, after = async () => {} } = {}) {
  let passed = 0;
  let failed = 0;
  const only = process.argv.slice(2);
  for (const t of tests.filter((x) => !only.length || only.some((o) => x.name.includes(o)))) {
    try {
      await before();
      await t.fn();
      passed++;
      console.log(`  ✓ ${t.name}`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${t.name}\n    ${String(e.stack ?? e).replaceAll('\n', '\n    ')}`);
    }
    for (const undo of cleanup.splice(0).reverse()) {
      try {
        await undo();
      } catch {
        // Already gone with the browser.
      }
    }
    await after();
  }
  console.log(`${passed} passed, ${failed} failed`);
  // A browser or socket left open must not keep the run from ending.
  process.exit(failed ? 1 : 0);
}
