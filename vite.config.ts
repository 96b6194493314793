import { resolve } from 'node:path';

const root = import.meta.dirname;
import { defineConfig } from 'vite';

/** The npm build leaves the runtime dependencies to the user's bundler: they are `dependencies`. */
const EXTERNAL = [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^valibot$/];

// Outputs from one config: `vite build` makes the npm library (dist/, dependencies external),
// `--mode cdn` the same code with the dependencies bundled and the lazy chunks kept (dist/cdn/,
// for a plain <script type="module">; the size budgets are measured there), and `--mode demo`
// the static demo site (dist-demo/).
export default defineConfig(({ mode }) => {
  if (mode === 'demo') {
    return {
      root: 'demo',
      base: './',
      build: {
        outDir: resolve(root, 'dist-demo'),
        emptyOutDir: true,
        rollupOptions: {
          input: {
            index: resolve(root, 'demo/index.html'),
            gallery: resolve(root, 'demo/gallery.html'),
            embed: resolve(root, 'demo/embed.html'),
          },
        },
      },
    };
  }
  const cdn = mode === 'cdn';
  return {
    root: 'demo',
    server: { fs: { allow: [resolve(root)] } },
    build: {
      outDir: resolve(root, cdn ? 'dist/cdn' : 'dist'),
      emptyOutDir: !cdn,
      target: 'es2022',
      minify: true,
      lib: {
        entry: resolve(root, 'src/index.ts'),
        formats: ['es'],
        fileName: () => 'liver-intervention.js',
      },
      rollupOptions: {
        external: cdn ? [] : EXTERNAL,
        output: { minify: true },
      },
    },
  };
});
