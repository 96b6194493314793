import * as v from 'valibot';

/** Help texts by field: `context.field` (the context is the object's `type` literal) or plain `field`. */
export type FieldHelp = Readonly<Record<string, string>>;

type Node = {
  entries?: Record<string, Node>;
  options?: readonly Node[];
  item?: Node;
  items?: readonly Node[];
  wrapped?: Node;
  value?: Node;
  rest?: Node;
  literal?: unknown;
  pipe?: readonly { kind?: string; type?: string }[];
};

const hasHelp = (node: Node) => node.pipe?.some((a) => a.type === 'description') ?? false;

/**
 * Gives every object field under `schema` that has no description yet the
 * help text of the glossary, so the generated JSON Schema shows it in
 * editors. One glossary keeps the wording the same wherever a field recurs
 * (`device`, `to`, `sources`…). Runs once, when the schema module loads.
 */
export function addHelp<T extends v.GenericSchema>(schema: T, help: FieldHelp): T {
  const seen = new Set<Node>();
  const walk = (node: Node | undefined, context: string) => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    if (node.entries) {
      const type = node.entries.type?.literal;
      const here = typeof type === 'string' ? type : context;
      for (const [key, entry] of Object.entries(node.entries)) {
        const text = help[`${here}.${key}`] ?? help[key];
        if (text && !hasHelp(entry)) node.entries[key] = v.pipe(entry as never, v.description(text)) as Node;
        walk(node.entries[key], key);
      }
    }
    for (const child of [...(node.options ?? []), ...(node.items ?? [])]) walk(child, context);
    walk(node.item, context);
    walk(node.wrapped, context);
    walk(node.value, context);
    walk(node.rest, context);
  };
  walk(schema as unknown as Node, '');
  return schema;
}
