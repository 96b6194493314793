import { esbuildPlugin } from '@web/dev-server-esbuild';
import { forcedColorsPlugin } from './scripts/forced-colors-plugin.mjs';
import { cjsEsmPlugin } from './scripts/cjs-esm-plugin.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { findBrowser, CHROME_ARGS } from './scripts/find-browser.mjs';
import { importMetaGlobPlugin } from './scripts/import-meta-glob.mjs';

const SNAPSHOTS = join(import.meta.dirname, 'test', 'snapshots');

/**
 * Snapshot files for the render tests, in test/snapshots/: read (null when
 * missing), write, remove, and whether to rewrite them (`npm run snapshots`).
 */
const snapshotFiles = {
  name: 'snapshot-files',
  executeCommand({ command, payload }) {
    const file = payload?.name ? join(SNAPSHOTS, basename(payload.name)) : '';
    if (command === 'snapshot-update') return process.env.UPDATE_SNAPSHOTS === '1';
    if (command === 'snapshot-read') return { content: existsSync(file) ? readFileSync(file, 'utf8') : null };
    if (command === 'snapshot-write') {
      mkdirSync(SNAPSHOTS, { recursive: true });
      writeFileSync(file, payload.content);
      return true;
    }
    if (command === 'snapshot-remove') {
      rmSync(file, { force: true });
      return true;
    }
    return undefined;
  },
};

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    snapshotFiles,
    cjsEsmPlugin(),
    forcedColorsPlugin(),
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    importMetaGlobPlugin(),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findBrowser(), args: CHROME_ARGS } })],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
};
