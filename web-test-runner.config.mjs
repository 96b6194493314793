import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findBrowser, CHROME_ARGS } from './scripts/find-browser.mjs';
import { importMetaGlobPlugin } from './scripts/import-meta-glob.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    importMetaGlobPlugin(),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findBrowser(), args: CHROME_ARGS } })],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
};
