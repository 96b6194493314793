// React and jsQR ship CommonJS/UMD only. For the tests that import them, this
// test-runner plugin serves them as ES modules, bundled by esbuild: react and
// react-dom/client in one bundle, so both share one React instance.
import { build } from 'esbuild';

const PREFIX = '/__cjs-esm/';
/** Import name → [bundle, export of that bundle]. */
const MODULES = {
  react: ['react', 'React'],
  'react-dom/client': ['react', 'Client'],
  jsqr: ['jsqr', 'JsQR'],
};
const SOURCES = {
  react: "export * as React from 'react'; export * as Client from 'react-dom/client';",
  jsqr: "export * as JsQR from 'jsqr';",
};
const bundles = new Map();

const bundle = async (name) =>
  (
    await build({
      stdin: { contents: SOURCES[name], resolveDir: process.cwd() },
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
    })
  ).outputFiles[0].text;

export function cjsEsmPlugin() {
  return {
    name: 'cjs-esm',
    resolveImport({ source }) {
      return MODULES[source] ? `${PREFIX}${source.replace('/', '--')}.js` : undefined;
    },
    async serve({ path }) {
      if (!path.startsWith(PREFIX)) return undefined;
      const file = path.slice(PREFIX.length, -'.js'.length);
      if (file.startsWith('bundle-')) {
        const name = file.slice('bundle-'.length);
        if (!bundles.has(name)) bundles.set(name, bundle(name));
        return { body: await bundles.get(name), type: 'js' };
      }
      const [name, member] = MODULES[file.replace('--', '/')];
      return {
        body: `import { ${member} } from './bundle-${name}.js';\nexport default ${member}.default ?? ${member};\n`,
        type: 'js',
      };
    },
  };
}
