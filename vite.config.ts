import { resolve } from 'node:path';

const root = import.meta.dirname;
import { defineConfig, type UserConfig } from 'vite';

/**
 * Four outputs from one config (scripts/build.mjs runs them in order):
 * - default: the npm library (dist/liver-intervention.js + lazy procedure chunks);
 * - `standalone`: dist/liver-intervention.standalone.js, one ES module with every procedure and no imports;
 * - `embed`: the embed page's script as one classic script (no imports, no CORS), inlined into embed.html;
 * - `demo`: the static demo site (dist-demo/).
 */
export default defineConfig(({ mode }): UserConfig => {
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
          },
        },
      },
    };
  }
  if (mode === 'standalone' || mode === 'embed') {
    const embed = mode === 'embed';
    return {
      root: 'demo',
      publicDir: false,
      build: {
        outDir: resolve(root, embed ? 'dist-embed' : 'dist'),
        emptyOutDir: embed,
        target: 'es2022',
        lib: {
          entry: resolve(root, embed ? 'demo/embed.ts' : 'src/index.ts'),
          formats: [embed ? 'iife' : 'es'],
          name: 'LiverInterventionEmbed',
          fileName: () => (embed ? 'embed.js' : 'liver-intervention.standalone.js'),
        },
        rollupOptions: { output: { codeSplitting: false } },
      },
    };
  }
  return {
    root: 'demo',
    server: { fs: { allow: [resolve(root)] } },
    build: {
      outDir: resolve(root, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      lib: {
        entry: resolve(root, 'src/index.ts'),
        formats: ['es'],
        fileName: () => 'liver-intervention.js',
      },
    },
  };
});
