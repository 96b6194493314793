import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Aftercare } from '../../model/aftercare-schema.js';
import { EXTRAS } from '../lazy/chunks.js';
import type { LazyPartsController } from './lazy-parts-controller.js';

/** The element's state the aftercare view reads. */
export interface AftercareHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly audience: 'clinician' | 'patient';
  readonly approach: string;
}

/** The procedure's aftercare (if it has one) and the index of its last step. */
export interface AftercareSource {
  readonly aftercare?: Aftercare;
  readonly last: number;
}

/**
 * "What you will see afterwards": at the last step of a procedure that has aftercare data, a button after the
 * caption opens the view in the caption's place; leaving the last step closes it. Opening moves the focus to
 * its heading and a status line announces it; closing brings the focus back to the button.
 */
export class AftercareController implements ReactiveController {
  /** True while the view is shown. */
  open = false;
  private focusNext?: string;

  constructor(
    private readonly host: AftercareHost,
    private readonly source: () => AftercareSource,
    /** The view is in a lazy chunk (fetched after the first drawing); until it is here the caption stays. */
    private readonly lazy: Pick<LazyPartsController, 'use'>,
  ) {
    host.addController(this);
  }

  /** Opens or closes the view. */
  show(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    this.focusNext = open ? '#aftercare-title' : '.aftercare-open';
    this.host.requestUpdate();
  }

  /** The caption (with the button at the last step), or the view in its place while it is open. */
  render(index: number, caption: unknown): unknown {
    const { aftercare, last } = this.source();
    if (!aftercare || index !== last) {
      this.open = false;
      return caption;
    }
    const { audience } = this.host;
    const title = aftercare[audience].title;
    const view = this.open ? this.lazy.use(EXTRAS) : undefined;
    // One template either way, so the status line stays the same node and its change is announced.
    const shown = view
      ? html`<div @keydown=${this.onKey}>
          ${view.renderAftercare(aftercare, audience, this.host.approach, () => this.show(false))}
        </div>`
      : html`${caption}
          <p class="aftercare-entry">
            <button type="button" class="aftercare-open" @click=${() => this.show(true)}>${title} →</button>
          </p>`;
    return html`${shown}
      <p class="visually-hidden" role="status">${this.open ? title : ''}</p>`;
  }

  hostUpdated(): void {
    if (!this.focusNext) return;
    // While the view's chunk is still loading, the focus moves when the view is drawn.
    if (this.open && !EXTRAS.get()) return;
    this.host.renderRoot.querySelector<HTMLElement>(this.focusNext)?.focus();
    this.focusNext = undefined;
  }

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    this.show(false);
  };
}
