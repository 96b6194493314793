/** A structure's long texts, which the first frame does not need. */
export interface StructureTexts {
  readonly id: string;
  readonly description?: string;
  readonly plainDescription?: string;
}

let loading: Promise<ReadonlyMap<string, StructureTexts>> | undefined;

/**
 * The bundled structures' descriptions, loaded on first call as a lazy chunk
 * (the build strips them from the anatomy the first frame draws).
 */
export function loadStructureTexts(): Promise<ReadonlyMap<string, StructureTexts>> {
  loading ??= import('./bundled-structure-texts.js').then((m) => m.BUNDLED_STRUCTURE_TEXTS);
  return loading;
}
