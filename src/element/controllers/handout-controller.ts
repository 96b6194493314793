import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Anatomy } from '../../model/parse-anatomy.js';
import type { Procedure } from '../../model/procedure-schema.js';
import { SceneBuilder } from '../../scene/build-scene.js';
import type { Timeline } from '../../timeline/timeline-types.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { EXTRAS, PRINTING } from '../lazy/chunks.js';
import { sourceLink } from '../share/source-link.js';
import type { LazyPartsController } from './lazy-parts-controller.js';

/** The element's state the handout reads. */
export interface HandoutHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly labels: boolean;
  readonly view: 'illustration' | 'fluoroscopy';
  readonly audience: 'clinician' | 'patient';
  readonly approach: string;
  /** The procedure id shown, which names the source on a page without a public address. */
  readonly procedure: string;
  shareUrl(): string;
}

/** The data the handout is drawn from. */
export interface HandoutData {
  readonly anatomy?: Anatomy;
  readonly timeline?: Timeline;
  readonly procedure?: Procedure;
}

/** The language the handout is written in: the widget's. */
export interface HandoutLanguage {
  readonly language: string;
  readonly catalogue: Catalogue;
}

let handouts = 0;

/**
 * The printable handout: on `beforeprint` (and when the page turns to print media) it draws a storyboard of
 * every step of the current procedure, case and audience into the element's print-only box; `print()` draws it
 * and opens the browser's print dialog. Nothing is drawn until printing is asked for; the drawing is in a lazy
 * chunk of its own, fetched once the widget has first drawn.
 */
export class HandoutController implements ReactiveController {
  private drawn?: string;
  private readonly builder = new SceneBuilder();
  private readonly printMedia = typeof matchMedia === 'function' ? matchMedia('print') : undefined;

  private readonly uid = `lh${++handouts}`;

  constructor(
    private readonly host: HandoutHost,
    private readonly data: () => HandoutData,
    private readonly language: () => HandoutLanguage,
    private readonly lazy: Pick<LazyPartsController, 'use'>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.prepare);
    this.printMedia?.addEventListener('change', this.onMedia);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.prepare);
    this.printMedia?.removeEventListener('change', this.onMedia);
  }

  /** Draws the handout and opens the print dialog (once the handout's chunks are here). */
  print(): void {
    if (!this.lazy.use(PRINTING) || !this.lazy.use(EXTRAS)) {
      void Promise.all([PRINTING.load(), EXTRAS.load()]).then(
        () => this.print(),
        () => print(),
      );
      return;
    }
    this.prepare();
    print();
  }

  /** Draws the storyboard for the state shown now (again only when that state changed). */
  readonly prepare = (): void => {
    try {
      this.draw();
    } catch (e) {
      // Printing goes on without the storyboard rather than failing the page.
      console.error('<liver-intervention>: could not draw the handout', e);
    }
  };

  private readonly onMedia = (e: MediaQueryListEvent) => {
    if (e.matches) this.prepare();
  };

  private draw(): void {
    const box = this.host.renderRoot.querySelector<HTMLElement>('.handout');
    const { anatomy, timeline, procedure } = this.data();
    // Printed before the chunk came (seldom: it is fetched after the first drawing), the page prints without it.
    const printing = this.lazy.use(PRINTING);
    const extras = this.lazy.use(EXTRAS);
    if (!box || !anatomy || !timeline || !printing || !extras) return;
    const host = this.host;
    const { language, catalogue } = this.language();
    const url = host.shareUrl();
    const key = [url, language, host.audience, host.labels, host.view].join('|');
    if (this.drawn === key && box.childElementCount) return;
    this.drawn = key;
    const aftercare = procedure?.aftercare;
    printing.drawHandout({
      box,
      anatomy,
      timeline,
      procedure,
      labels: host.labels,
      view: host.view,
      audience: host.audience,
      figure: () => aftercare && extras.renderAftercareFigure(aftercare, host.audience, timeline.approach),
      // The same source line as an exported picture.
      source: sourceLink(url, host.procedure, null, 0),
      catalogue,
      uid: this.uid,
      builder: this.builder,
    });
  }
}
