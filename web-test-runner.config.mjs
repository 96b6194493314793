import { esbuildPlugin } from '@web/dev-server-esbuild';
import { commonJsPlugin, forcedColorsPlugin, rawJsonMiddleware, testBrowsers } from './scripts/test-browsers.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    forcedColorsPlugin(),
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
