// Finds Chromium and Firefox ESR for the tests; as root on Debian/Ubuntu it
// installs the distribution's packages. It never downloads a browser build from npm.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, findFirefox } from './find-browser.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const engines = (process.env.BROWSERS ?? 'chromium,firefox').split(',');
const wanted = [
  { name: 'chromium', find: findBrowser, hint: 'sudo apt-get install chromium, or set CHROME_PATH' },
  {
    name: 'firefox',
    pkg: 'firefox-esr',
    find: findFirefox,
    hint: 'sudo apt-get install firefox-esr, or set FIREFOX_PATH',
  },
].filter((b) => engines.includes(b.name));

for (const browser of wanted) {
  if (browser.find()) continue;
  const pkg = browser.pkg ?? browser.name;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`No ${browser.name} found: installing Debian's "${pkg}" package…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg}`, {
      stdio: 'inherit',
      shell: '/bin/sh',
    });
  }
  if (!browser.find()) {
    console.error(`No ${browser.name} found. Install one (Debian: ${browser.hint}).`);
    process.exit(1);
  }
}
