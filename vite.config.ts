import { resolve } from 'node:path';

const root = import.meta.dirname;
import { defineConfig } from 'vite';

// Two outputs from one config: `vite build` makes the library bundle (dist/),
// `vite build --mode demo` makes the static demo site (dist-demo/).
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
  return {
    root: 'demo',
    server: { fs: { allow: [resolve(root)] } },
    // Pre-bundled up front: discovered on first use, the lazily imported QR encoder would reload the page.
    optimizeDeps: { include: ['lean-qr'] },
    build: {
      outDir: resolve(root, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      lib: {
        entry: { 'liver-intervention': resolve(root, 'src/index.ts'), react: resolve(root, 'src/react.ts') },
        formats: ['es'],
        fileName: (_format: string, name: string) => `${name}.js`,
      },
      rollupOptions: {
        // react.js imports the element from liver-intervention.js, so the main bundle stays whole and nothing is shared twice.
        external: (id: string, importer?: string) =>
          ['react', '@lit/react'].includes(id) || (id === './index.js' && !!importer?.endsWith('react.ts')),
        output: { paths: { [resolve(root, 'src/index.js')]: './liver-intervention.js' } },
      },
    },
  };
});
