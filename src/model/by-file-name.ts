/** A data file's name without its folder and `.json` (`../../data/anatomy/ducts.json` is `ducts`). */
export const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1, -'.json'.length);

/** Glob results (or any record keyed by a file's path) keyed by the file's name instead. */
export const byFileName = <T>(files: Readonly<Record<string, T>>): Record<string, T> =>
  Object.fromEntries(Object.entries(files).map(([path, value]) => [fileName(path), value]));
