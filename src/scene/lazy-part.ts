/** A part of the drawing in a chunk of its own: `get` is undefined until `load` has fetched it. */
export interface LazyPart<T> {
  /** The module, once loaded. */
  readonly get: () => T | undefined;
  /** Loads it (once for the page; again after a failed fetch). */
  readonly load: () => Promise<T>;
}

/** A drawing part fetched on first `load`; a failed fetch is tried again on the next. */
export function lazyPart<T>(fetch: () => Promise<T>): LazyPart<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get: () => value,
    load: () =>
      (loading ??= fetch().then(
        (module) => (value = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
}
