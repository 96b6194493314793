/** Glob results keyed by file name without folder or `.json`. */
export function byName<T>(files: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(files).map(([path, value]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), value]),
  );
}
