import { esbuildPlugin } from '@web/dev-server-esbuild';
import { cjsEsmPlugin } from './scripts/cjs-esm-plugin.mjs';
import { forcedColorsPlugin } from './scripts/forced-colors-plugin.mjs';
import { commonJsPlugin, rawJsonMiddleware, testBrowsers } from './scripts/test-browsers.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    cjsEsmPlugin(),
    forcedColorsPlugin(),
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    commonJsPlugin(),
  ],
  middleware: [rawJsonMiddleware()],
  browsers: testBrowsers(),
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
