import { msg, str } from '@lit/localize';
import { render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { bundledObstructions } from '../../model/bundled-obstructions.js';
import type { Anatomy } from '../../model/parse-anatomy.js';
import type { Procedure } from '../../model/procedure-schema.js';
import { createSceneSvg, SceneRenderer } from '../../render/render-scene.js';
import { SceneBuilder } from '../../scene/build-scene.js';
import { sceneInputFor } from '../../scene/scene-input.js';
import { IDENTITY_VIEW } from '../../scene/zoom-camera.js';
import { sampleTimeline } from '../../timeline/sample-timeline.js';
import type { Timeline } from '../../timeline/timeline-types.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { inLanguage } from '../i18n/messages.js';
import { sourceLink } from '../share/source-link.js';
import { sceneWords } from './scene-host-controller.js';
import { EXTRAS } from '../lazy/chunks.js';
import type { LazyPartsController } from './lazy-parts-controller.js';
import { stepText } from '../templates/step-text.js';

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

/**
 * Each frame is laid out as if on a screen this wide (px), then printed about 44 mm wide: labels come out at
 * about 6 pt, and only the most important ones are placed.
 */
const FRAME_PX = 240;
let handouts = 0;

/**
 * The printable handout: on `beforeprint` (and when the page turns to print media) it draws a storyboard of
 * every step of the current procedure, case and audience into the element's print-only box; `print()` draws it
 * and opens the browser's print dialog. Nothing is drawn until printing is asked for.
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
    /** The storyboard's template is in a lazy chunk, fetched once the widget has first drawn. */
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

  /** Draws the handout and opens the print dialog (once the storyboard's chunk is here). */
  print(): void {
    if (!this.lazy.use(EXTRAS)) {
      void EXTRAS.load().then(
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
    const extras = this.lazy.use(EXTRAS);
    if (!box || !anatomy || !timeline || !extras) return;
    const host = this.host;
    const { language, catalogue } = this.language();
    const url = host.shareUrl();
    const key = [url, language, host.audience, host.labels, host.view].join('|');
    if (this.drawn === key && box.childElementCount) return;
    this.drawn = key;
    // The handout's own words, the case name and each frame's labels in the widget's language.
    inLanguage(catalogue.ui, () => {
      render(
        extras.renderHandout({
          title: timeline.title,
          subtitle: this.caseName(timeline, catalogue),
          audience: host.audience,
          steps: timeline.steps.map((s) => stepText(s, host.audience)),
          aftercare: procedure?.aftercare,
          approach: timeline.approach,
          // The same source line as an exported picture.
          source: msg(
            str`Schematic: lengths to scale (28 units = 1 cm), tube widths drawn ×1.5. liver-intervention (MIT): ${sourceLink(url, host.procedure, null, 0)}`,
          ),
        }),
        box,
      );
      box.querySelectorAll('.frame-picture').forEach((frame, i) => this.drawFrame(frame, anatomy, timeline, i));
    });
  }

  /** The case's name in the audience's register and the widget's language; empty without a case. */
  private caseName(timeline: Timeline, catalogue: Catalogue): string {
    const id = timeline.obstruction;
    const found = id ? bundledObstructions().byId.get(id) : undefined;
    if (!found) return '';
    const field = this.host.audience === 'patient' ? 'plainName' : 'name';
    const english = found[field];
    return catalogue.lookup('obstructions')?.(`cases.${id}.${field}`, english) ?? english;
  }

  /** One step's end state, drawn into a fresh SVG with no hit targets (paper has no pointer). */
  private drawFrame(frame: Element, anatomy: Anatomy, timeline: Timeline, index: number): void {
    const step = timeline.steps[index]!;
    const uid = `${this.uid}-print${index}`;
    frame.replaceChildren();
    const svg = createSceneSvg(frame, stepText(step, this.host.audience).title, '', uid);
    const input = sceneInputFor(
      {
        size: { width: FRAME_PX, height: (FRAME_PX * 750) / 770 },
        labels: this.host.labels,
        active: null,
        view: this.host.view,
        audience: this.host.audience,
        userView: IDENTITY_VIEW,
        camera: 'overview',
        ducts: 'normal',
        words: sceneWords(),
      },
      // Paper has no key for a step's focus outline: without one it reads as a fourth structure.
      { ...sampleTimeline(timeline, step.end), highlight: [] },
    );
    new SceneRenderer(svg, uid, { onActivate: () => undefined }).render(this.builder.build(anatomy, input));
    svg.querySelector('g.targets')?.replaceChildren();
    svg.nextElementSibling?.remove();
  }
}
