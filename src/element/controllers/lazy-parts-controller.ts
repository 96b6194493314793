import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptSheets } from '../lazy/adopt-sheets.js';
import { EXTRAS, PRINTING } from '../lazy/chunks.js';
import { shown } from '../styles/awaiting.js';
import { labels } from '../styles/labels.js';
import type { LazyChunk, LazyModule } from '../lazy/lazy-chunk.js';

/** The element as its lazy parts see it. */
export interface LazyPartsHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The widget's parts that the default view does not need, in chunks of their own: fetched once the widget has
 * first drawn (so a first use seldom waits), or at once when a part is needed sooner. A loaded chunk's styles are
 * adopted and the widget renders again.
 */
export class LazyPartsController implements ReactiveController {
  private readonly loading = new Map<LazyChunk<LazyModule>, Promise<void>>();
  private readonly failed = new Set<LazyChunk<LazyModule>>();
  private started = false;

  constructor(private readonly host: LazyPartsHost) {
    host.addController(this);
  }

  /** Settles when the chunks being fetched are here; undefined when none is. */
  get pending(): Promise<void> | undefined {
    return this.loading.size ? Promise.all(this.loading.values()).then(() => undefined) : undefined;
  }

  /** The chunk's module if it is loaded; otherwise starts loading it and gives undefined. */
  use<T extends LazyModule>(chunk: LazyChunk<T>): T | undefined {
    const module = chunk.get();
    if (module) adoptSheets(this.host.renderRoot, module.sheets);
    else this.fetch(chunk);
    return module;
  }

  hostUpdated(): void {
    if (this.started) return;
    this.started = true;
    this.use(EXTRAS);
    this.use(PRINTING);
  }

  private fetch(chunk: LazyChunk<LazyModule>): void {
    // A chunk that failed is not asked for again on every render (the page's next widget tries again).
    if (this.loading.has(chunk) || this.failed.has(chunk)) return;
    const task: Promise<void> = chunk
      .load()
      .then((module) => {
        adoptSheets(this.host.renderRoot, module.sheets);
        this.host.requestUpdate();
      })
      .catch((error: unknown) => {
        this.failed.add(chunk);
        // Without the X-ray styles the X-ray drawing still shows, in colour, rather than not at all.
        adoptSheets(this.host.renderRoot, [{ sheet: shown, before: labels }]);
        console.warn('<liver-intervention>: a part of the widget could not be loaded', error);
      })
      .finally(() => this.loading.delete(chunk));
    this.loading.set(chunk, task);
  }
}
