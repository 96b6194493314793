// The schemas carry a help text for every field (valibot `description` metadata), so the generated JSON Schemas
// (`npm run schema`, from the source) show help in an editor. Validating author data never reads them, yet they
// are most of the validator chunk's bytes: in the Vite builds this plugin empties them. It rewrites, in the
// schema modules only, the text argument of `describe(schema, text)` and `v.description(text)` to '' and the
// texts object of `described(entries, texts)` to {}.
const SCHEMA_MODULE = /\/src\/model\/(?:[\w-]+-schema|schema-atoms)\.ts$/;

/** Every node of an ESTree AST. */
function* nodes(node) {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* nodes(child);
    return;
  }
  if (typeof node.type === 'string') yield node;
  for (const [key, value] of Object.entries(node)) if (key !== 'parent') yield* nodes(value);
}

/** The [start, end, replacement] edit that empties a help text, if the call is one of the helpers. */
function edit(call) {
  const callee = call.callee;
  const name = callee.type === 'Identifier' ? callee.name : callee.property?.name;
  const args = call.arguments;
  if ((name === 'describe' && args.length === 2) || (name === 'description' && args.length === 1))
    return [args.at(-1).start, args.at(-1).end, "''"];
  if (name === 'described' && args.length === 2) return [args[1].start, args[1].end, '{}'];
  return undefined;
}

/** Vite plugin: the schemas' help texts emptied in the built validator. */
export function schemaHelpPlugin() {
  return {
    name: 'strip-schema-help',
    transform(code, id) {
      if (!SCHEMA_MODULE.test(id.split('?')[0])) return null;
      const edits = [...nodes(this.parse(code))]
        .filter((n) => n.type === 'CallExpression')
        .map(edit)
        .filter((e) => e && code.slice(e[0], e[1]) !== e[2])
        .sort((a, b) => b[0] - a[0]);
      let out = code;
      let last = Infinity;
      for (const [start, end, text] of edits) {
        if (end > last) continue; // inside a text already emptied
        out = out.slice(0, start) + text + out.slice(end);
        last = start;
      }
      return { code: out, map: null };
    },
  };
}
