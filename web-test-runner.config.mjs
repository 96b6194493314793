import { esbuildPlugin } from '@web/dev-server-esbuild';
import { forcedColorsPlugin } from './scripts/forced-colors-plugin.mjs';
import { cjsEsmPlugin } from './scripts/cjs-esm-plugin.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findBrowser, CHROME_ARGS } from './scripts/find-browser.mjs';
import { importMetaGlobPlugin } from './scripts/import-meta-glob.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    cjsEsmPlugin(),
    forcedColorsPlugin(),
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    importMetaGlobPlugin(),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath: findBrowser(), args: CHROME_ARGS } })],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
};
