// Which modules make up the engine chunk of the bundled (cdn) build and what each costs: Vite builds the cdn
// bundle in memory, and for each module left in the chunk after tree-shaking this prints its minified size and
// what the chunk's gzip size would lose without it (the chunk's code minified and gzipped with and without
// the module's rendered code). An estimate to find what to split off, largest first; `--all` lists every module.
import { transform } from 'esbuild';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const CHUNK = process.env.CHUNK ?? 'liver-intervention.engine.js';
const out = await build({ mode: 'cdn', logLevel: 'silent', build: { write: false } });
const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
const chunk = outputs.find((c) => c.type === 'chunk' && c.fileName === CHUNK);
const modules = Object.entries(chunk.modules)
  .filter(([, m]) => m.code)
  .map(([id, m]) => [relative(process.cwd(), id.split('?')[0]).replace(/^.*(node_modules\/)/, '$1'), m.code]);
const gz = (code) => gzipSync(code, { level: 9 }).length;
const minify = async (code) => (await transform(code, { loader: 'js', minify: true })).code;
const whole = gz(await minify(modules.map(([, c]) => c).join('\n')));
const rows = [];
for (const [path, code] of modules) {
  const rest = gz(
    await minify(
      modules
        .filter(([p]) => p !== path)
        .map(([, c]) => c)
        .join('\n'),
    ),
  );
  rows.push({ path, min: (await minify(code)).length, 'gzip share': whole - rest });
}
rows.sort((a, b) => b['gzip share'] - a['gzip share']);
console.log(`${CHUNK}: ${modules.length} modules, ${whole} B gzip (estimate)`);
console.table(process.argv.includes('--all') ? rows : rows.slice(0, 60));
