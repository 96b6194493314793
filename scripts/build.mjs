// Library bundle (dist/) + demo site (dist-demo/), then the bundle's gzip size.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
run('vite build --logLevel warn');
run('vite build --mode demo --logLevel warn');
run('tsc -p tsconfig.build.json');
run('node scripts/manifest-paths.mjs --check');
const bundle = readFileSync('dist/liver-intervention.js');
const kb = (n) => (n / 1024).toFixed(1);
console.log(
  `dist/liver-intervention.js: ${kb(bundle.length)} KB, ${kb(gzipSync(bundle, { level: 9 }).length)} KB gzip (JS + anatomy data)`,
);
