// Builds the H5P content type into dist-h5p/ (README, "H5P"):
//   dist-h5p/package/                 the .h5p's files unpacked: h5p.json, content/content.json (the default
//                                     choices) and the library folder H5P.LiverIntervention-MAJOR.MINOR/ with
//                                     library.json, semantics.json, the widget as one classic script and a
//                                     style sheet that fits it to H5P's frame, and an icon;
//   dist-h5p/liver-intervention.h5p   the same files as one ZIP, to upload into Moodle, Canvas or WordPress.
// The library's version is the package's; semantics.json is made from the element's own lists of names.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, createServer } from 'vite';
import { lazyTextsPlugin } from './lazy-texts-plugin.mjs';
import { minifyCssPlugin } from './minify-css.mjs';
import { schemaHelpPlugin } from './schema-help-plugin.mjs';
import { zip } from './zip.mjs';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const [major, minor, patch] = pkg.version.split('.').map(Number);
const MACHINE_NAME = 'H5P.LiverIntervention';
const library = `${MACHINE_NAME}-${major}.${minor}`;
const SCRIPT = 'liver-intervention-h5p.js';
const STYLE = 'liver-intervention-h5p.css';
const out = join(root, 'dist-h5p');
const unpacked = join(out, 'package');

rmSync(out, { recursive: true, force: true });
await build({
  configFile: false,
  root,
  publicDir: false,
  logLevel: 'warn',
  // The standalone build's plugins: the data as the widget reads it (a procedure's texts are asked for by query).
  plugins: [lazyTextsPlugin(), schemaHelpPlugin(), minifyCssPlugin()],
  build: {
    outDir: join(unpacked, library),
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: join(root, 'h5p/liver-intervention-h5p.ts'),
      formats: ['iife'],
      name: 'LiverInterventionH5P',
      fileName: () => SCRIPT,
    },
    rollupOptions: { output: { codeSplitting: false, minify: true } },
  },
});

// The field lists come from the element's modules, loaded the way Vite builds them (JSON and glob imports).
const server = await createServer({
  configFile: false,
  root,
  logLevel: 'warn',
  appType: 'custom',
  plugins: [lazyTextsPlugin()],
  server: { middlewareMode: true, hmr: false, ws: false },
});
const { h5pSemantics } = await server.ssrLoadModule('/h5p/semantics.ts');
const semantics = await h5pSemantics();
await server.close();

const defaults = Object.fromEntries(semantics.filter((f) => 'default' in f).map((f) => [f.name, f.default]));
const dependency = { machineName: MACHINE_NAME, majorVersion: major, minorVersion: minor };
const files = {
  'h5p.json': {
    title: 'Liver intervention',
    language: 'und',
    mainLibrary: MACHINE_NAME,
    embedTypes: ['iframe'],
    license: 'U',
    preloadedDependencies: [dependency],
  },
  'content/content.json': defaults,
  [`${library}/library.json`]: {
    title: 'Liver intervention',
    description: pkg.description,
    machineName: MACHINE_NAME,
    majorVersion: major,
    minorVersion: minor,
    patchVersion: patch,
    runnable: 1,
    license: pkg.license,
    author: 'liver-intervention contributors',
    embedTypes: ['iframe'],
    fullscreen: 0,
    coreApi: { majorVersion: 1, minorVersion: 19 },
    preloadedJs: [{ path: SCRIPT }],
    preloadedCss: [{ path: STYLE }],
  },
  [`${library}/semantics.json`]: semantics,
};
const entries = Object.entries(files).map(([path, json]) => [path, `${JSON.stringify(json, null, 2)}\n`]);
entries.push([`${library}/${SCRIPT}`, readFileSync(join(unpacked, library, SCRIPT))]);
entries.push([`${library}/${STYLE}`, readFileSync(join(root, 'h5p', STYLE))]);
// The editor's and the hub's picture of the content type: the demo's favicon, a liver.
entries.push([`${library}/icon.svg`, readFileSync(join(root, 'demo/public/favicon.svg'))]);
for (const [path, text] of entries) {
  mkdirSync(dirname(join(unpacked, path)), { recursive: true });
  writeFileSync(join(unpacked, path), text);
}
writeFileSync(join(out, 'liver-intervention.h5p'), zip(entries));

const kb = (n) => (n / 1024).toFixed(1);
for (const file of [join(unpacked, library, SCRIPT), join(out, 'liver-intervention.h5p')]) {
  const bytes = readFileSync(file);
  console.log(
    `${file.slice(root.length + 1)}: ${kb(bytes.length)} KB, ${kb(gzipSync(bytes, { level: 9 }).length)} KB gzip`,
  );
}
