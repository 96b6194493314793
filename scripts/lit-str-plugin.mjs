// In the bundled (cdn) build Rolldown keeps a module that the engine (a dynamic entry) shares with one of its lazy
// chunks in the engine, but it gives @lit/localize, shared by the engine, the extras chunk and both interface
// languages, a chunk of its own, which the engine would import statically: one more request before the first
// play. The generated interface languages use only `str`, a plain tag that builds the object lit-localize reads
// (`strTag`, `strings`, `values`, as in @lit/localize/internal/str-tag.js); they get this copy of it instead.
const ID = '\0lit-localize-str';
const CODE = 'export const str = (strings, ...values) => ({ strTag: true, strings, values });\n';
const GENERATED = /\/src\/element\/i18n\/generated\/[^/]+\.ts$/;

/** Vite plugin: the generated interface languages take `str` from a copy, not from @lit/localize. */
export function litStrPlugin() {
  return {
    name: 'lit-localize-str',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === '@lit/localize' && importer && GENERATED.test(importer) ? ID : null;
    },
    load(id) {
      return id === ID ? CODE : null;
    },
  };
}
