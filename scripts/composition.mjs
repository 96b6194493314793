// What the first-paint chunk of the bundled (cdn) build is made of: own code, anatomy data, text, lit,
// d3, validator. esbuild bundles src/index.ts as the library does (lazy chunks stay out) and says how
// many minified bytes each module leaves in the chunk after tree-shaking; a category's gzip size is
// that times the compression ratio of its modules minified on their own. An estimate: the parts add
// up to about the whole.
import { build, transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const CATEGORIES = [
  ['lit', (p) => /node_modules\/(lit|@lit|lit-html|lit-element)\//.test(p)],
  ['d3', (p) => /node_modules\/d3-/.test(p)],
  ['validator', (p) => /node_modules\/valibot|-schema\.ts$|schema-atoms\.ts$|parse-|validate-data/.test(p)],
  ['anatomy data', (p) => p.startsWith('data/anatomy/')],
  ['procedure data (PTCD)', (p) => p.startsWith('data/procedures/')],
  ['other data', (p) => p.startsWith('data/')],
  ['styles', (p) => p.includes('/styles/')],
  ['own code', () => true],
];

/** Sizes in kB (1 kB = 1000 bytes) of the main chunk by category; `total` is the chunk itself. */
export async function composition(entry = 'src/index.ts') {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    minify: true,
    splitting: true,
    outdir: 'node_modules/.composition',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const [, main] = Object.entries(result.metafile.outputs).find(([, o]) => o.entryPoint === entry);
  const mainText = result.outputFiles.find((f) => f.path.endsWith('/index.js')).contents;
  const parts = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(main.inputs)) {
    if (!bytesInOutput) continue;
    const [name] = CATEGORIES.find(([, test]) => test(path));
    const source = readFileSync(path, 'utf8');
    const loader = path.endsWith('.json') ? 'json' : path.endsWith('.ts') ? 'ts' : 'js';
    const { code } = await transform(source, { loader, minify: true, format: 'esm' });
    const part = parts.get(name) ?? { code: '', bytes: 0 };
    parts.set(name, { code: part.code + code, bytes: part.bytes + bytesInOutput });
  }
  const kb = (n) => Math.round(n / 100) / 10;
  const gz = (code) => gzipSync(code, { level: 9 }).length;
  const rows = Object.fromEntries(
    [...parts].map(([k, { code, bytes }]) => [k, kb((bytes * gz(code)) / Math.max(1, code.length))]),
  );
  return { total: kb(gzipSync(mainText, { level: 9 }).length), ...rows };
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await composition());
