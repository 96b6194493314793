import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Anatomy } from '../../model/parse-anatomy.js';
import type { Procedure } from '../../model/procedure-schema.js';
import type { Timeline } from '../../timeline/timeline-types.js';
import { addStyles } from '../add-styles.js';

type HandoutModule = typeof import('../print/draw-handout.js');

/** The element's state the handout reads. */
export interface HandoutHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly labels: boolean;
  readonly view: 'illustration' | 'fluoroscopy';
  readonly audience: 'clinician' | 'patient';
  shareUrl(): string;
}

/** The data the handout is drawn from. */
export interface HandoutData {
  readonly anatomy?: Anatomy;
  readonly timeline?: Timeline;
  readonly procedure?: Procedure;
}

let handouts = 0;

/**
 * The printable handout: on `beforeprint` (and when the page turns to print media) it draws a storyboard of
 * every step of the current procedure, case and audience into the element's print-only box; `print()` draws it
 * and opens the browser's print dialog. The drawing code is its own chunk, fetched once the element has first
 * drawn, because `beforeprint` gives no time to fetch it; nothing is drawn until printing is asked for.
 */
export class HandoutController implements ReactiveController {
  private module?: HandoutModule;
  private prefetched = false;
  private drawn?: string;
  private readonly uid = `lh${++handouts}`;
  private readonly printMedia = typeof matchMedia === 'function' ? matchMedia('print') : undefined;

  constructor(
    private readonly host: HandoutHost,
    private readonly data: () => HandoutData,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.prepare);
    this.printMedia?.addEventListener('change', this.onMedia);
  }

  hostUpdated(): void {
    if (this.prefetched) return;
    this.prefetched = true;
    setTimeout(() => void this.load(), 0);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.prepare);
    this.printMedia?.removeEventListener('change', this.onMedia);
  }

  /** Draws the handout and opens the print dialog. */
  async print(): Promise<void> {
    await this.load();
    this.prepare();
    print();
  }

  /** Draws the storyboard for the state shown now (again only when that state changed). */
  readonly prepare = (): void => {
    const box = this.host.renderRoot.querySelector<HTMLElement>('.handout');
    const { anatomy, timeline, procedure } = this.data();
    if (!this.module || !box || !anatomy || !timeline) return;
    const { labels, view, audience } = this.host;
    const source = `Schematic, not to scale. liver-intervention (MIT): ${this.host.shareUrl()}`;
    const key = [source, audience, labels, view].join('|');
    if (this.drawn === key && box.childElementCount) return;
    try {
      this.module.drawHandout(box, { labels, view, audience, anatomy, timeline, procedure, source, uid: this.uid });
      this.drawn = key;
    } catch (e) {
      // Printing goes on with the drawing on screen rather than failing the page.
      box.replaceChildren();
      console.error('<liver-intervention>: could not draw the handout', e);
    }
  };

  private async load(): Promise<HandoutModule | undefined> {
    if (this.module) return this.module;
    try {
      const module = await import('../print/draw-handout.js');
      addStyles(this.host.renderRoot, module.handoutStyles);
      addStyles(this.host.renderRoot, module.aftercareStyles);
      return (this.module = module);
    } catch (e) {
      console.warn('<liver-intervention>: could not load the handout', e);
      return undefined;
    }
  }

  private readonly onMedia = (e: MediaQueryListEvent) => {
    if (e.matches) this.prepare();
  };
}
