// @web/dev-server-esbuild leaves `import.meta.glob` alone (Vite expands it at
// build time), so the test runner gets this small equivalent: each call with
// literal `dir/*.ext` patterns (a string, or a list where `!path` leaves a file out) becomes an object of the matching files, keyed
// like Vite's (the pattern's own relative paths). Lazy by default; `eager:
// true` imports them up front. `import: 'default'` picks the default export.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CALL = /import\.meta\.glob(?:<[^>]*>)?\(\s*((?:'[^']*'|"[^"]*")|\[[^\]]*\])\s*(?:,\s*(\{[^}]*\})\s*)?,?\s*\)/g;
const STRING = /'([^']*)'|"([^"]*)"/g;

/** Files matching a `dir/*.ext` pattern, relative to the importing module's directory. */
function matches(rootDir, importer, pattern) {
  const slash = pattern.lastIndexOf('/');
  const dir = pattern.slice(0, slash);
  const [prefix, suffix] = pattern.slice(slash + 1).split('*');
  const abs = join(rootDir, dirname(importer), dir);
  return readdirSync(abs)
    .filter((f) => f.startsWith(prefix) && f.endsWith(suffix ?? ''))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/** A @web/dev-server plugin expanding `import.meta.glob` in served modules. */
export function importMetaGlobPlugin({ rootDir = process.cwd() } = {}) {
  return {
    name: 'import-meta-glob',
    transform(context) {
      if (typeof context.body !== 'string' || !context.body.includes('import.meta.glob')) return undefined;
      // Only script modules: a JSON file served as a module (custom-elements.json) may quote the call in its text.
      if (!/\.(m?[jt]s|tsx?)$/.test(context.path)) return undefined;
      const hoisted = [];
      const body = context.body.replace(CALL, (_all, patterns, options = '{}') => {
        const list = [...patterns.matchAll(STRING)].map((m) => m[1] ?? m[2]);
        const skip = new Set(list.filter((p) => p.startsWith('!')).map((p) => p.slice(1)));
        const files = list
          .filter((p) => !p.startsWith('!'))
          .flatMap((p) => matches(rootDir, context.path, p))
          .filter((f) => !skip.has(f));
        const eager = /eager\s*:\s*true/.test(options);
        const pick = /import\s*:\s*['"]default['"]/.test(options) ? '.default' : '';
        const entries = files.map((file) => {
          const spec = JSON.stringify(file);
          if (!eager) return `${spec}: () => import(${spec}).then((m) => m${pick})`;
          const name = `__glob_${hoisted.length}`;
          hoisted.push(`import * as ${name} from ${spec};`);
          return `${spec}: ${name}${pick}`;
        });
        return `({ ${entries.join(', ')} })`;
      });
      return { body: `${hoisted.join('\n')}\n${body}` };
    },
  };
}
