import type { StepChangeEvent } from '../src/element/events.js';
import type { LiverIntervention } from '../src/element/liver-intervention.js';
import { attributesFor, type LiverInterventionParams } from './h5p-params.js';
import { readSavedState, type SavedState } from './saved-state.js';
import { StepProgress } from './step-progress.js';
import { stepStatement } from './step-statement.js';

/** The part of H5P's core (h5p.js, event-dispatcher.js, x-api.js) this content type uses. */
export interface H5PEventDispatcher {
  /** Sends an xAPI statement with `verb`; `extra` is merged into H5P's template (actor, object, context). */
  triggerXAPI(verb: string, extra?: object): void;
  /** Fires an event; `resize` asks the H5P frame to fit the content's new height. */
  trigger(type: string): void;
}

/** What H5P passes as the third constructor argument: the metadata, and the state saved on a former visit. */
export interface H5PExtras {
  readonly metadata?: { readonly title?: string };
  readonly previousState?: unknown;
}

/** One content's widget and progress, reporting through the H5P instance that owns it. */
export class LiverInterventionContent {
  private readonly progress: StepProgress;
  private readonly resumeStep?: number;
  private element?: LiverIntervention;

  /**
   * @param h5p the H5P instance: xAPI statements and `resize` go through it
   * @param params the author's fields
   * @param extras H5P's metadata and saved state
   */
  constructor(
    private readonly h5p: H5PEventDispatcher,
    private readonly params: LiverInterventionParams,
    private readonly extras: H5PExtras,
  ) {
    const saved = readSavedState(extras.previousState);
    this.progress = new StepProgress(saved.seen, saved.completed);
    this.resumeStep = saved.step;
  }

  /** The title from the H5P metadata; default "Liver intervention". */
  getTitle(): string {
    return this.extras.metadata?.title ?? 'Liver intervention';
  }

  /** The step shown (or to be shown) and the steps seen. */
  getCurrentState(): SavedState {
    const step = this.element?.step ?? this.resumeStep;
    return { ...(step ? { step } : {}), seen: this.progress.steps, completed: this.progress.completed };
  }

  /** Puts the widget into `$container[0]`, made the first time. */
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
