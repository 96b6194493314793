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
            deck: resolve(root, 'demo/deck.html'),
          },
        },
      },
    };
  }
  const cdn = mode === 'cdn';
  return {
    root: 'demo',
    server: { fs: { allow: [resolve(root)] } },
    // Pre-bundled up front: discovered on first use, the lazily imported QR encoder would reload the page.
    optimizeDeps: { include: ['lean-qr'] },
    build: {
      outDir: resolve(root, cdn ? 'dist/cdn' : 'dist'),
      emptyOutDir: !cdn,
      target: 'es2022',
      minify: true,
      lib: {
        entry: { 'liver-intervention': resolve(root, 'src/index.ts'), react: resolve(root, 'src/react.ts') },
        formats: ['es'],
        fileName: (_format: string, name: string) => `${name}.js`,
      },
      rollupOptions: {
        // react.js imports the element from liver-intervention.js, so the main bundle stays whole and nothing is shared twice.
        external: (id: string, importer?: string) =>
          ['react', '@lit/react'].includes(id) ||
          (id === './index.js' && !!importer?.endsWith('react.ts')) ||
          (!cdn && EXTERNAL.some((re) => re.test(id))),
        output: { paths: { [resolve(root, 'src/index.js')]: './liver-intervention.js' }, minify: true },
      },
    },
  };
});
