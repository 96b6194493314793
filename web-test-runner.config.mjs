import { esbuildPlugin } from '@web/dev-server-esbuild';
import { cjsEsmPlugin } from './scripts/cjs-esm-plugin.mjs';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
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
import { forcedColorsPlugin } from './scripts/forced-colors-plugin.mjs';
import { commonJsPlugin, rawJsonMiddleware, testEngines } from './scripts/test-browsers.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    snapshotFiles,
    cjsEsmPlugin(),
    forcedColorsPlugin(),
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    importMetaGlobPlugin(),
    commonJsPlugin(),
  ],
  middleware: [rawJsonMiddleware()],
  ...testEngines(['test/{element,shell,demo,h5p,react,data}/**/*.test.ts']),
  concurrency: 1,
  // The fuzzing, XSS and axe files run for minutes on a busy 2-core machine.
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 60000 } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
};
