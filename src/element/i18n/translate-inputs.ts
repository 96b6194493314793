import { obstructionCase } from '../../model/bundled-obstructions.js';
import { translateData } from '../../model/translate-data.js';
import type { Catalogue } from './catalogue.js';

const cache = new WeakMap<object, Map<string, unknown>>();

/** `make()` once per data object and key (the translated copies are reused across renders and widgets). */
function once<T>(json: object, key: string, make: () => T): T {
  let byKey = cache.get(json);
  if (!byKey) cache.set(json, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, make());
  return byKey.get(key) as T;
}

const ids = new WeakMap<Catalogue, number>();
let nextId = 0;
const idOf = (c: Catalogue) => ids.get(c) ?? (ids.set(c, ++nextId), nextId);

/** The bundled anatomy files in `catalogue`'s language. */
export function translatedAnatomy(
  files: Readonly<Record<string, unknown>>,
  catalogue: Catalogue,
): Readonly<Record<string, unknown>> {
  const lookup = catalogue.lookup('anatomy');
  if (!lookup) return files;
  return once(files, `${idOf(catalogue)}`, () =>
    Object.fromEntries(Object.entries(files).map(([name, json]) => [name, translateData(json, lookup)])),
  );
}

/**
 * A bundled procedure in `catalogue`'s language. `{obstruction}` is filled here with the case summary in the same
 * language, since the compiler only knows the English one.
 */
export function translatedProcedure(json: unknown, name: string, obstruction: string, catalogue: Catalogue): unknown {
  const lookup = catalogue.lookup(`procedures/${name}`);
  const cases = catalogue.lookup('obstructions');
  if (!lookup || !cases || json === null || typeof json !== 'object') return json;
  let summary: { clinician: string; patient: string } | undefined;
  try {
    const found = obstructionCase(obstruction).summary;
    const path = `cases.${obstruction}.summary`;
    summary = {
      clinician: cases(`${path}.clinician`, found.clinician),
      patient: cases(`${path}.patient`, found.patient),
    };
  } catch {
    summary = undefined;
  }
  return once(json, `${idOf(catalogue)}:${obstruction}:${catalogue.loaded()}`, () =>
    translateData(json, (path, english) => {
      const text = lookup(path, english);
      const register = path.endsWith('.patient') ? 'patient' : path.endsWith('.clinician') ? 'clinician' : undefined;
      return summary && register ? text.replaceAll('{obstruction}', summary[register]) : text;
    }),
  );
}
