import fc from 'fast-check';

type Json = Record<string | number, unknown>;

/** Values that JSON (or a careless author) can put in a data file, extremes included. */
export const jsonish = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(Infinity, -Infinity, 1e308, -1e308, NaN, -1, 0, 1e-320, '', 'x'.repeat(5000), [], {}, null),
);

/** Every path into a JSON value, so a mutation can land anywhere in it. */
export function pathsOf(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (!value || typeof value !== 'object') return [at];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => pathsOf((value as Json)[k], [...at, k]))];
}

/**
 * A copy of `json` with the value at `path` replaced (the whole value, for
 * the empty path); unchanged when an earlier change removed that path.
 */
export function mutate(json: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (!path.length) return value;
  const out = JSON.parse(JSON.stringify(json) ?? 'null') as Json;
  let node: unknown = out;
  for (const key of path.slice(0, -1)) node = node && typeof node === 'object' ? (node as Json)[key] : undefined;
  if (!node || typeof node !== 'object') return json;
  (node as Json)[path.at(-1)!] = value;
  return out;
}

/** One to three random replacements anywhere in `json`, written for counterexamples. */
export function mutations(json: unknown) {
  const paths = pathsOf(json);
  return fc.array(fc.tuple(fc.constantFrom(...paths), jsonish), { minLength: 1, maxLength: 3 }).map((changes) => ({
    json: changes.reduce<unknown>((doc, [path, value]) => mutate(doc, path, value), json),
    toString: () => changes.map(([p, v]) => `${p.join('.')} = ${fc.stringify(v).slice(0, 60)}`).join('; '),
  }));
}
