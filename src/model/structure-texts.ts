import { byFileName, fileName } from './by-file-name.js';
import { DEFAULT_ANATOMY_FILES } from './default-anatomy.js';

/** A structure's long texts, which the first frame does not need. */
export interface StructureTexts {
  readonly id: string;
  readonly description?: string;
  readonly plainDescription?: string;
}

interface TextsFile {
  readonly structures: readonly StructureTexts[];
}

/*
 * Each bundled anatomy file's long texts are a chunk of their own (scripts/lazy-texts-plugin.mjs strips them from
 * the anatomy the first frame draws): pointing at the common bile duct fetches the ducts' texts, not the ribs'.
 * The test runner serves each file whole.
 */
const LOADERS: Readonly<Record<string, () => Promise<TextsFile>>> = byFileName(
  import.meta.glob<TextsFile>('../../data/anatomy/*.json', { query: '?structure-texts', import: 'default' }),
);

let fileById: ReadonlyMap<string, string> | undefined;

/** The bundled anatomy file (`ducts` for data/anatomy/ducts.json) that holds a structure, if any does. */
export function bundledFileOf(id: string): string | undefined {
  fileById ??= new Map(
    Object.entries(DEFAULT_ANATOMY_FILES).flatMap(([name, json]) =>
      (json as TextsFile).structures.map((s) => [s.id, fileName(name)] as const),
    ),
  );
  return fileById.get(id);
}

const loaded = new Map<string, ReadonlyMap<string, StructureTexts>>();
const loading = new Map<string, Promise<void>>();

/** The long texts of one bundled anatomy file's structures if they are there already; never starts a fetch. */
export function loadedStructureTexts(file: string): ReadonlyMap<string, StructureTexts> | undefined {
  return loaded.get(file);
}

/**
 * The long texts of one bundled anatomy file's structures, by id: there once loaded, else undefined and a promise
 * that resolves when they are (the first call starts the fetch; an unknown file or a failed fetch gives no texts).
 */
export function structureTexts(file: string): ReadonlyMap<string, StructureTexts> | Promise<void> {
  const texts = loaded.get(file);
  if (texts) return texts;
  let task = loading.get(file);
  if (!task) {
    const load = LOADERS[file] ?? (() => Promise.resolve({ structures: [] }));
    task = load().then(
      (json) => void loaded.set(file, new Map(json.structures.map((s) => [s.id, s]))),
      // Offline or blocked: the details show the name alone rather than asking again at every frame.
      () => void loaded.set(file, new Map()),
    );
    loading.set(file, task);
  }
  return task;
}
