// Builds, in order:
//   dist/                 the npm library: liver-intervention.js + lazily loaded procedure chunks, types;
//   dist/liver-intervention.standalone.js   one ES module with every procedure and no imports;
//   dist-demo/            the static site: index.html (demo), gallery.html, embed.html (one file, script
//                         inlined as a classic script so a sandboxed iframe needs no CORS), embed-host.js and
//                         a copy of the standalone module;
//   dist-h5p/             the H5P content type, unpacked and as liver-intervention.h5p (scripts/build-h5p.mjs).
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
run('vite build --logLevel warn');
run('vite build --mode cdn --logLevel warn');
run('vite build --mode standalone --logLevel warn');
run('vite build --mode demo --logLevel warn');
run('vite build --mode embed --logLevel warn');
run('tsc -p tsconfig.build.json');
run('node scripts/manifest-paths.mjs --check');

// The embed page: the dev page's module script swapped for the classic build, inlined. A `</script` inside the
// code would end the element early, so it is escaped (`<\/script` means the same inside JS strings and regexes).
const script = readFileSync('dist-embed/embed.js', 'utf8').replaceAll('</script', '<\\/script');
const page = readFileSync('demo/embed.html', 'utf8');
const tag = '<script type="module" src="./embed.ts"></script>';
if (!page.includes(tag)) throw new Error(`demo/embed.html no longer loads ${tag}`);
const embedPage = page.replace(tag, () => `<script>${script}</script>`);
writeFileSync('dist-demo/embed.html', embedPage);
// A host with a strict Content-Security-Policy allows the page's one inline script and style by hash
// (README, "Content Security Policy"); the hashes change with every build, so the build writes them down.
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const style = /<style>([\s\S]*?)<\/style>/.exec(embedPage)?.[1];
writeFileSync(
  'dist-demo/embed-csp.json',
  `${JSON.stringify({ 'script-src': [hash(script)], 'style-src': style === undefined ? [] : [hash(style)] }, null, 2)}\n`,
);
rmSync('dist-embed', { recursive: true });
run('node scripts/build-h5p.mjs');
copyFileSync('dist/liver-intervention.standalone.js', 'dist-demo/liver-intervention.standalone.js');

// The size budgets (.size-limit.json) measure the bundled entry (the first paint) and the engine it loads (the
// rest of the way to playing PTCD) alone: neither may import other chunks statically, or those bytes would be on
// the way without being counted.
for (const file of ['dist/cdn/liver-intervention.js', 'dist/cdn/liver-intervention.engine.js']) {
  const staticImports = readFileSync(file, 'utf8').match(/(?:from|import)\s*"\.\/[^"]+"/g);
  if (staticImports) throw new Error(`${file} imports chunks statically: ${staticImports.join(', ')}`);
}

const kb = (n) => (n / 1024).toFixed(1);
for (const file of ['dist/liver-intervention.js', 'dist/liver-intervention.standalone.js', 'dist-demo/embed.html']) {
  const bytes = readFileSync(file);
  console.log(`${file}: ${kb(bytes.length)} KB, ${kb(gzipSync(bytes, { level: 9 }).length)} KB gzip`);
}
