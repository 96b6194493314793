/** Looks up the translation of one text at a stable path (ids, not positions, where the data has ids). */
export type TextLookup = (path: string, english: string) => string;

/** The fields of the bundled data that people read; everything else (ids, geometry, sources) stays as it is. */
const TEXT_KEYS = new Set([
  'name',
  'short',
  'plainName',
  'description',
  'plainDescription',
  'title',
  'patientTitle',
  'clinician',
  'patient',
  'indications',
  'advantages',
  'caution',
  'risks',
  'mechanism',
  'sizes',
  'shortens',
  'removable',
  'use',
  'reason',
  'patientReason',
  'cause',
  'summary',
  'text',
]);

/** Fields inside readable text that are not words: source tags, flags and picklist values. */
const NOT_TEXT = new Set(['sources', 'typical', 'exit', 'end']);

/** A path segment for an array item: its `id` when it has one, else its index. */
function segment(item: unknown, index: number): string {
  const id = (item as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : String(index);
}

function walk(value: unknown, path: string, text: boolean, lookup: TextLookup): unknown {
  if (typeof value === 'string') return text ? lookup(path, value) : value;
  if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}.${segment(item, i)}`, text, lookup));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => [
      key,
      walk(
        v,
        path ? `${path}.${key}` : key,
        // An aftercare picture part's `label` is words; elsewhere `label` places a label. An action's `name` is an
        // id that later actions time from ("at": "name.end"), so it is never translated.
        !NOT_TEXT.has(key) &&
          !(key === 'name' && path.includes('.actions.')) &&
          (TEXT_KEYS.has(key) || (key === 'label' && path.includes('.parts.')) || (text && typeof v !== 'string')),
        lookup,
      ),
    ]),
  );
}

/**
 * A copy of bundled data JSON with each readable text replaced by `lookup(path, english)`. Paths name items by
 * id, e.g. `structures.segment-6-duct.plainName`, `steps.overview.title`, `context.patient.risks.2`.
 */
export function translateData<T>(json: T, lookup: TextLookup): T {
  return walk(json, '', false, lookup) as T;
}
