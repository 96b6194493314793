/** Glob results keyed by `prefix` and the file name up to its first dot (`procedures/ptcd` for `…/ptcd.es.json`). */
export function byName<T>(prefix: string, files: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(files).map(([path, value]) => {
      const file = path.slice(path.lastIndexOf('/') + 1);
      return [`${prefix}${file.slice(0, file.indexOf('.'))}`, value];
    }),
  );
}
