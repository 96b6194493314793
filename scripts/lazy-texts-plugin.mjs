// Structure descriptions are read only when a structure is pointed at, yet they are most of the anatomy
// files' bytes. In the Vite builds the bundled anatomy files lose `description` and `plainDescription`
// everywhere except in src/model/bundled-structure-texts.ts, whose copy keeps only those texts and is
// imported lazily (src/model/structure-texts.ts). The test runner serves the files whole, so the source
// behaves the same with or without this plugin.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ANATOMY = /\/data\/anatomy\/[^/]+\.json$/;
const TEXT_KEYS = ['description', 'plainDescription'];
const QUERY = '?structure-texts';

/** Vite plugin: the anatomy JSON without its long texts, and a texts-only copy for the lazy chunk. */
export function lazyTextsPlugin() {
  return {
    name: 'lazy-structure-texts',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer?.endsWith('/bundled-structure-texts.ts') || !source.endsWith('.json')) return null;
      const file = resolve(importer, '..', source);
      return ANATOMY.test(file) ? file + QUERY : null;
    },
    load(id) {
      const [file, query] = id.split('?');
      if (!ANATOMY.test(file)) return null;
      const json = JSON.parse(readFileSync(file, 'utf8'));
      const texts = query === QUERY.slice(1);
      const structures = json.structures.map((s) =>
        texts
          ? Object.fromEntries([['id', s.id], ...TEXT_KEYS.filter((k) => k in s).map((k) => [k, s[k]])])
          : Object.fromEntries(Object.entries(s).filter(([k]) => !TEXT_KEYS.includes(k))),
      );
      // Vite's JSON plugin turns the plain file into a module; the texts copy (with a query) is one already.
      return texts ? `export default ${JSON.stringify({ structures })};` : JSON.stringify({ ...json, structures });
    },
  };
}
