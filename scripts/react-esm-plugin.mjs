// React ships CommonJS only. For the React wrapper's browser test this test-runner
// plugin serves `react` and `react-dom/client` as ES modules, bundled once by
// esbuild so both share one React instance.
import { build } from 'esbuild';

const PREFIX = '/__react-esm/';
const entries = { react: 'react.js', 'react-dom/client': 'react-dom-client.js' };
let bundle;

const bundleReact = async () =>
  (
    await build({
      stdin: {
        contents: "export * as React from 'react'; export * as Client from 'react-dom/client';",
        resolveDir: process.cwd(),
      },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
    })
  ).outputFiles[0].text;

export function reactEsmPlugin() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      return entries[source] ? PREFIX + entries[source] : undefined;
    },
    async serve({ path }) {
      if (!path.startsWith(PREFIX)) return undefined;
      const file = path.slice(PREFIX.length);
      if (file === 'bundle.js') return { body: (bundle ??= await bundleReact()), type: 'js' };
      const name = file === 'react.js' ? 'React' : 'Client';
      return {
        body: `import { ${name} } from './bundle.js';\nexport default ${name}.default ?? ${name};\n`,
        type: 'js',
      };
    },
  };
}
