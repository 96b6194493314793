// What the engine chunk of the bundled (cdn) build is made of (the entry is a shell that paints a prebuilt first
// frame and loads it): own code, anatomy data, procedure data,
// styles, lit, d3, validator. Vite builds the cdn bundle in memory (with the same plugins as `npm run build`)
// and lists the modules left in the entry chunk after tree-shaking; each category's modules are minified
// together and gzipped. An estimate: the parts add up to about the whole, which is the real chunk's size.
import { transform } from 'esbuild';
import { relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const CATEGORIES = [
  ['lit', (p) => /node_modules\/(lit|@lit|lit-html|lit-element)\//.test(p)],
  ['d3', (p) => /node_modules\/d3-/.test(p)],
  [
    'validator',
    (p) =>
      /node_modules\/valibot|-schema\.ts$|schema-atoms|parse-(anatomy|procedure|obstructions)|check-(references|devices|size)|validate-(data|anatomy)|expand-sequences|format-issue/.test(
        p,
      ),
  ],
  ['anatomy data', (p) => p.startsWith('data/anatomy/')],
  ['procedure data (PTCD)', (p) => p.startsWith('data/procedures/')],
  ['other data', (p) => p.startsWith('data/')],
  ['styles', (p) => p.includes('/styles/')],
  ['own code', () => true],
];

/**
 * Sizes in kB gzip (1 kB = 1000 bytes) of the engine chunk by category; `total` is the chunk itself, `shell` the
 * entry chunk (the first paint).
 */
export async function composition() {
  const out = await build({ mode: 'cdn', logLevel: 'silent', build: { write: false } });
  const outputs = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  const shell = outputs.find((c) => c.type === 'chunk' && c.fileName === 'liver-intervention.js');
  const main = outputs.find((c) => c.type === 'chunk' && c.fileName === 'liver-intervention.engine.js');
  const parts = new Map();
  for (const [id, { code }] of Object.entries(main.modules)) {
    if (!code) continue;
    const path = relative(process.cwd(), id.split('?')[0]).replace(/^.*(node_modules\/)/, '$1');
    const [name] = CATEGORIES.find(([, test]) => test(path));
    parts.set(name, (parts.get(name) ?? '') + code + '\n');
  }
  const kb = (n) => Math.round(n / 100) / 10;
  const gz = (code) => gzipSync(code, { level: 9 }).length;
  const rows = {};
  for (const [name, code] of parts) {
    const { code: min } = await transform(code, { loader: 'js', minify: true, format: 'esm' });
    rows[name] = kb(gz(min));
  }
  return { shell: kb(gz(shell.code)), total: kb(gz(main.code)), ...rows };
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await composition());
