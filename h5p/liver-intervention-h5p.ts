import '../src/index.js';
import type { StepChangeEvent } from '../src/element/events.js';
import type { LiverIntervention } from '../src/element/liver-intervention.js';
import { attributesFor, type LiverInterventionParams } from './h5p-params.js';
import { readSavedState, type SavedState } from './saved-state.js';
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
  /** Its constructor sets up `on` and `trigger` on the instance; the xAPI helpers are on its prototype. */
  EventDispatcher: { prototype: H5PEventDispatcher; call(self: object): void };
  LiverIntervention?: unknown;
}

/** What H5P passes as the third constructor argument: the metadata, and the state saved on a former visit. */
interface H5PExtras {
  readonly metadata?: { readonly title?: string };
  readonly previousState?: unknown;
}

/** The methods H5P calls on a content instance. */
interface ContentInstance extends H5PEventDispatcher {
  attach($container: ArrayLike<HTMLElement>): void;
  getTitle(): string;
  getCurrentState(): SavedState;
}

const H5P = (globalThis as unknown as { H5P: H5PCore }).H5P;

/** One content's widget and progress, reporting through the H5P instance that owns it. */
class LiverInterventionContent {
  private readonly progress: StepProgress;
  private readonly resumeStep?: number;
  private element?: LiverIntervention;

  constructor(
    private readonly h5p: H5PEventDispatcher,
    private readonly params: LiverInterventionParams,
    private readonly extras: H5PExtras,
  ) {
    const saved = readSavedState(extras.previousState);
    this.progress = new StepProgress(saved.seen, saved.completed);
    this.resumeStep = saved.step;
  }

  getTitle(): string {
    return this.extras.metadata?.title ?? 'Liver intervention';
  }

  getCurrentState(): SavedState {
    const step = this.element?.step ?? this.resumeStep;
    return { ...(step ? { step } : {}), seen: this.progress.steps, completed: this.progress.completed };
  }

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
    if (this.resumeStep) el.setAttribute('step', String(this.resumeStep));
    el.addEventListener('li-step-change', (e: StepChangeEvent) => this.shown(el, e));
    new ResizeObserver(() => this.h5p.trigger('resize')).observe(el);
    return el;
  }

  private shown(el: LiverIntervention, { detail }: StepChangeEvent): void {
    const total = el.steps.length;
    for (const verb of this.progress.show(detail.step, total))
      this.h5p.triggerXAPI(verb, stepStatement(verb, detail, total, this.progress.count));
  }
}

/**
 * `H5P.LiverIntervention`: shows `<liver-intervention>` with the author's choices and reports progress as
 * xAPI: `experienced` once per step shown (the step in the result extensions), `completed` when the last step
 * is first shown. H5P may save where the learner was (`getCurrentState`) and resume there, without reporting
 * the steps seen before again.
 *
 * A classic constructor with its methods on the instance, as H5P expects: H5P replaces a content type's
 * prototype with a copy of its enumerable members, which would drop a class's methods.
 *
 * @param params the author's fields (semantics.json)
 * @param contentId H5P's id of this content
 * @param extras H5P's metadata (title) and the state saved on a former visit
 */
function LiverInterventionH5P(
  this: ContentInstance & { contentId: string | number },
  params: LiverInterventionParams,
  contentId: string | number,
  extras: H5PExtras = {},
): void {
  H5P.EventDispatcher.call(this);
  this.contentId = contentId;
  const content = new LiverInterventionContent(this, params, extras);
  /** Puts the widget into H5P's container (a jQuery object) once; a second call moves it. */
  this.attach = ($container) => content.attach($container);
  /** The content's title from the H5P metadata, for H5P's reports. */
  this.getTitle = () => content.getTitle();
  /** Where the learner is, for H5P to save and hand back on the next visit. */
  this.getCurrentState = () => content.getCurrentState();
}
LiverInterventionH5P.prototype = Object.create(H5P.EventDispatcher.prototype) as H5PEventDispatcher;
LiverInterventionH5P.prototype.constructor = LiverInterventionH5P;

H5P.LiverIntervention = LiverInterventionH5P;
