// The analyzer names the TypeScript sources (src/*.ts), which are not published.
// Point every module path at the declaration file that ships in dist/types/
// instead, package-root-relative; `--check` (after a build) fails on any that is missing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';

const FILE = 'custom-elements.json';
const manifest = JSON.parse(readFileSync(FILE, 'utf8'));
const shipped = (p) => p.replace(/^src\//, 'dist/types/').replace(/\.(ts|js)$/, '.d.ts');

/** A module reference as the package ships it: relative ones resolved against their module's source. */
const fix = (ref, from) => {
  if (typeof ref !== 'string' || ref.startsWith('dist/')) return ref;
  if (ref.startsWith('src/')) return shipped(ref);
  if (ref.startsWith('.')) return shipped(posix.join(posix.dirname(from), ref));
  return ref;
};

const visit = (node, from) => {
  if (Array.isArray(node)) return node.forEach((n) => visit(n, from));
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'module' && typeof value === 'string') node[key] = fix(value, from);
    else visit(value, from);
  }
};

for (const m of manifest.modules) {
  const source = m.path;
  visit(m.declarations, source);
  visit(m.exports, source);
  m.path = fix(source, source);
}

if (process.argv.includes('--check')) {
  const refs = new Set();
  const collect = (n) =>
    Array.isArray(n)
      ? n.forEach(collect)
      : n && typeof n === 'object'
        ? Object.entries(n).forEach(([k, v]) => (k === 'module' || k === 'path' ? refs.add(v) : collect(v)))
        : undefined;
  collect(JSON.parse(readFileSync(FILE, 'utf8')).modules);
  const missing = [...refs].filter((r) => typeof r === 'string' && r.startsWith('dist/') && !existsSync(r));
  if (missing.length) throw new Error(`${FILE} names files the build did not make: ${missing.join(', ')}`);
  console.log(`${FILE}: all ${refs.size} module paths ship in dist/`);
} else {
  // The analyzer lists modules in the order the file system gives, which differs between checkouts: sorted by path,
  // the file changes only where the code does.
  manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  writeFileSync(FILE, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`${FILE}: module paths point at dist/types/`);
}
