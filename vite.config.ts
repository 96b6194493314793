import { resolve } from 'node:path';

const root = import.meta.dirname;
import { defineConfig, type UserConfig } from 'vite';
import { lazyTextsPlugin } from './scripts/lazy-texts-plugin.mjs';
import { litStrPlugin } from './scripts/lit-str-plugin.mjs';
import { minifyCssPlugin } from './scripts/minify-css.mjs';
import { schemaHelpPlugin } from './scripts/schema-help-plugin.mjs';

/** The npm build leaves the runtime dependencies to the user's bundler: they are `dependencies`. */
const EXTERNAL = [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^valibot$/];

/**
 * Five outputs from one config (scripts/build.mjs runs them in order):
 * - default: the npm library (dist/liver-intervention.js + lazy chunks; lit, d3-ease and valibot external);
 * - `cdn`: the same with the dependencies bundled and the lazy chunks kept (dist/cdn/; the size budgets
 *   for first paint and the default procedure are measured there);
 * - `standalone`: dist/liver-intervention.standalone.js, one ES module with every procedure and no imports;
 * - `embed`: the embed page's script as one classic script (no imports, no CORS), inlined into embed.html;
 * - `demo`: the static demo site (dist-demo/).
 */
/** The engine's entry and the modules that tend to move out of it (see codeSplitting below). */
const ENGINE = [
  /[\\/]src[\\/]index\.ts$/,
  /[\\/]src[\\/]model[\\/](landmarks|device-specs|layers|cameras)\.ts$/,
  /[\\/]data[\\/](landmarks|devices|cameras)\.json$/,
];

const ENGINE_NAME = 'liver-intervention.engine';

/**
 * What both halves of the author-data validator use (valibot, the schema atoms, the size check and the issue
 * paths): a chunk of its own, which either half brings, so that each half stays small and neither carries the other.
 */
const VALIDATOR_CORE = [
  /[\\/]node_modules[\\/]valibot[\\/]/,
  /[\\/]src[\\/]model[\\/](schema-atoms|check-size|format-issue-path|issue-message)\.ts$/,
];

/**
 * File-name suffixes of the chunks holding texts, by the query that asks for them: a procedure's later or patient
 * texts, an anatomy file's structure descriptions (`ducts.texts-…`) or their translation (`ducts.es.texts-…`).
 */
const TEXT_CHUNKS: Record<string, string> = {
  'procedure-texts': '.texts',
  'patient-texts': '.patient',
  'structure-texts': '.texts',
  'anatomy-texts': '.texts',
};
/** A text chunk's file-name suffix from its module's query (`anatomy-texts=es` gives `.es.texts`). */
const textSuffix = (query = '') => {
  const [key, lang] = query.split('=');
  return TEXT_CHUNKS[key] ? `${lang ? `.${lang}` : ''}${TEXT_CHUNKS[key]}` : '';
};

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'demo') {
    return {
      root: 'demo',
      plugins: [lazyTextsPlugin(), schemaHelpPlugin(), minifyCssPlugin()],
      base: './',
      build: {
        outDir: resolve(root, 'dist-demo'),
        emptyOutDir: true,
        rollupOptions: {
          input: {
            index: resolve(root, 'demo/index.html'),
            gallery: resolve(root, 'demo/gallery.html'),
            deck: resolve(root, 'demo/deck.html'),
          },
        },
      },
    };
  }
  if (mode === 'standalone' || mode === 'embed') {
    const embed = mode === 'embed';
    return {
      root: 'demo',
      plugins: [lazyTextsPlugin(), schemaHelpPlugin(), minifyCssPlugin()],
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
        minify: true,
        // Pure annotations only help a further bundler; nothing bundles these files again.
        rollupOptions: { output: { codeSplitting: false, minify: true, comments: { annotation: false } } },
      },
    };
  }
  const cdn = mode === 'cdn';
  return {
    root: 'demo',
    plugins: [lazyTextsPlugin(), schemaHelpPlugin(), minifyCssPlugin(), ...(cdn ? [litStrPlugin()] : [])],
    server: { fs: { allow: [resolve(root)] } },
    // Pre-bundled up front: discovered on first use, the lazily imported QR encoder would reload the page.
    optimizeDeps: { include: ['lean-qr'] },
    build: {
      outDir: resolve(root, cdn ? 'dist/cdn' : 'dist'),
      emptyOutDir: !cdn,
      target: 'es2022',
      minify: true,
      lib: {
        // The bundled entry is a small shell that paints a prebuilt first frame and then loads the engine.
        entry: {
          'liver-intervention': resolve(root, cdn ? 'src/shell/index.ts' : 'src/index.ts'),
          react: resolve(root, 'src/react.ts'),
        },
        formats: ['es'],
        fileName: (_format: string, name: string) => `${name}.js`,
      },
      rollupOptions: {
        // Modules shared with the lazy chunks stay in the entry chunk: a separate shared chunk would be one more
        // request and gzip stream on the way to the first frame.
        preserveEntrySignatures: 'allow-extension',
        // react.js imports the element from liver-intervention.js, so the main bundle stays whole and nothing is shared twice.
        external: (id: string, importer?: string) =>
          ['react', '@lit/react'].includes(id) ||
          (id === './index.js' && !!importer?.endsWith('react.ts')) ||
          (!cdn && EXTERNAL.some((re) => re.test(id))),
        output: {
          paths: {
            [resolve(root, 'src/index.js')]: cdn ? './liver-intervention.engine.js' : './liver-intervention.js',
          },
          minify: true,
          // Modules the engine shares with its lazy chunks stay in the engine: without this rule Rolldown moves a
          // module that several lazy chunks also use into a chunk of its own, which the engine imports statically.
          codeSplitting: {
            groups: [
              { name: ENGINE_NAME, test: (id: string) => ENGINE.some((re) => re.test(id)) },
              { name: 'validator-core', test: (id: string) => VALIDATOR_CORE.some((re) => re.test(id)) },
            ],
          },
          // The engine the shell imports keeps a fixed name: it is also the way to the element class and events.
          // A procedure's later texts are named for what they hold (its playing copy keeps the file's name).
          chunkFileNames: (chunk: { name: string; facadeModuleId: string | null }) =>
            chunk.name === ENGINE_NAME
              ? `${ENGINE_NAME}.js`
              : `[name]${textSuffix(chunk.facadeModuleId?.split('?')[1])}-[hash].js`,
          // The npm build keeps the pure annotations for the user's bundler; the bundled build is not bundled again.
          ...(cdn && { comments: { annotation: false } }),
        },
      },
    },
  };
});
