import type { CSSResult } from 'lit';

/** A style sheet a lazy chunk brings, and the element's sheet it goes before (its place in the cascade). */
export interface PlacedSheet {
  readonly sheet: CSSResult;
  /** The element's sheet it is inserted before; null for the end. */
  readonly before: CSSResult | null;
}

/** What a lazily loaded part of the widget exports: at least its style sheets (none for code only). */
export interface LazyModule {
  readonly sheets: readonly PlacedSheet[];
}

/** A part of the widget in its own chunk, loaded once for every widget on the page. */
export interface LazyChunk<T extends LazyModule> {
  /** The module, once loaded. */
  readonly get: () => T | undefined;
  /** Loads it (once; again after a failure). */
  readonly load: () => Promise<T>;
}

/** A chunk `load` fetches on first use; a failed fetch is tried again on the next use. */
export function lazyChunk<T extends LazyModule>(load: () => Promise<T>): LazyChunk<T> {
  let value: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get: () => value,
    load: () =>
      (loading ??= load().then(
        (module) => (value = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      )),
  };
}
