import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Two outputs from one config: `vite build` makes the library bundle (dist/),
// `vite build --mode demo` makes the static demo site (dist-demo/).
export default defineConfig(({ mode }) => {
  if (mode === 'demo') {
    return {
      root: 'demo',
      base: './',
      build: {
        outDir: resolve(__dirname, 'dist-demo'),
        emptyOutDir: true,
        rollupOptions: {
          input: {
            index: resolve(__dirname, 'demo/index.html'),
            gallery: resolve(__dirname, 'demo/gallery.html'),
          },
        },
      },
    };
  }
  return {
    root: 'demo',
    server: { fs: { allow: [resolve(__dirname)] } },
    build: {
      outDir: resolve(__dirname, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      lib: {
        entry: resolve(__dirname, 'src/index.ts'),
        formats: ['es'],
        fileName: () => 'liver-intervention.js',
      },
    },
  };
});
