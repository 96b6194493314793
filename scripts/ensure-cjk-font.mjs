// The screenshots show the Simplified Chinese views: without a CJK font every Han glyph is drawn as an empty box
// (one em wide, so the layout still reads, but no reviewer can check the text). As root on Debian it installs
// Android's fallback CJK font, the one a cheap phone draws with (without its recommended Noto Mono, which would
// change every monospace text in the pictures); elsewhere it only says what is missing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const hasCjk = () => {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
};
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!hasCjk() && isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No CJK font found: installing Debian\'s "fonts-droid-fallback" package…');
  try {
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-droid-fallback',
      {
        stdio: 'inherit',
        shell: '/bin/sh',
      },
    );
  } catch {
    // The pictures are still taken; the Chinese ones show boxes.
  }
}
if (!hasCjk())
  console.warn('No CJK font: the Chinese screenshots show boxes (Debian: apt-get install fonts-droid-fallback).');
