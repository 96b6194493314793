// Loads the built bundle with no compilation step: catches decorators left
// unlowered and the d3 prototype-patch loss that only show in dist/. The CSP
// pages are served under the strict policy of test-dist/csp-policy.mjs.
import { testBrowsers } from './scripts/test-browsers.mjs';
import { strictCspMiddleware } from './test-dist/csp-policy.mjs';

export default {
  files: ['test-dist/**/*.test.js'],
  nodeResolve: false,
  middleware: [strictCspMiddleware()],
  browsers: testBrowsers(),
  concurrency: 1,
  testFramework: { config: { timeout: 30000 } },
};
