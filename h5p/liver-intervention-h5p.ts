import '../src/index.js';
import type { StepChangeEvent } from '../src/element/events.js';
import type { LiverIntervention } from '../src/element/liver-intervention.js';
import { attributesFor, type LiverInterventionParams } from './h5p-params.js';
import { StepProgress } from './step-progress.js';
import { stepStatement } from './step-statement.js';

// The H5P content type. This file is built as one classic script (scripts/build-h5p.mjs) that H5P loads after
// its core, which provides `H5P.EventDispatcher` and the xAPI helpers.

/** The part of H5P's core (h5p.js, event-dispatcher.js, x-api.js) this content type uses. */
interface H5PEventDispatcher {
  /** Sends an xAPI statement with `verb`; `extra` is merged into H5P's template (actor, object, context). */
  triggerXAPI(verb: string, extra?: object): void;
  /** Fires an event; `resize` asks the H5P frame to fit the content's new height. */
  trigger(type: string): void;
}

interface H5PCore {
  EventDispatcher: new () => H5PEventDispatcher;
  LiverIntervention?: unknown;
}

/** What H5P passes as the third constructor argument. */
interface H5PExtras {
  readonly metadata?: { readonly title?: string };
}

const H5P = (globalThis as unknown as { H5P: H5PCore }).H5P;

/**
 * `H5P.LiverIntervention`: shows `<liver-intervention>` with the author's choices and reports progress as
 * xAPI: `experienced` once per step shown (the step in the result extensions), `completed` when the last step
 * is first shown.
 */
class LiverInterventionContent extends H5P.EventDispatcher {
  private readonly progress = new StepProgress();
  private element?: LiverIntervention;

  /**
   * @param params the author's fields (semantics.json)
   * @param contentId H5P's id of this content
   * @param extras H5P's metadata (title)
   */
  constructor(
    private readonly params: LiverInterventionParams,
    readonly contentId: string | number,
    private readonly extras: H5PExtras = {},
  ) {
    super();
  }

  /** The content's title from the H5P metadata, for H5P's reports. */
  getTitle(): string {
    return this.extras.metadata?.title ?? 'Liver intervention';
  }

  /** Puts the widget into H5P's container (a jQuery object) once; a second call moves it. */
  attach($container: ArrayLike<HTMLElement>): void {
    const host = $container[0];
    if (!host) return;
    host.classList.add('h5p-liver-intervention');
    this.element ??= this.create();
    host.replaceChildren(this.element);
  }

  private create(): LiverIntervention {
    const el = document.createElement('liver-intervention');
    for (const [name, value] of attributesFor(this.params)) el.setAttribute(name, value);
    el.addEventListener('li-step-change', (e: StepChangeEvent) => this.shown(el, e));
    new ResizeObserver(() => this.trigger('resize')).observe(el);
    return el;
  }

  private shown(el: LiverIntervention, { detail }: StepChangeEvent): void {
    const total = el.steps.length;
    for (const verb of this.progress.show(detail.step, total))
      this.triggerXAPI(verb, stepStatement(verb, detail, total, this.progress.count));
  }
}

H5P.LiverIntervention = LiverInterventionContent;
