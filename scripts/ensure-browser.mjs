// Finds a Chromium for the tests; as root on Debian/Ubuntu it installs the
// distribution's package. It never downloads a browser build from npm.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';

if (!findBrowser()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian\'s "chromium" package…');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
      shell: '/bin/sh',
    });
  }
  if (!findBrowser()) {
    console.error('No Chromium found. Install one (Debian: sudo apt-get install chromium) or set CHROME_PATH.');
    process.exit(1);
  }
}
