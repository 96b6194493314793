import { msg } from '@lit/localize';
import { html, nothing } from 'lit';

/** Zoom in/out, reset, (without a procedure) the labels toggle, share and full screen. */
export function renderViewControls(c: {
  readonly zoomBy: (factor: number) => void;
  readonly reset: () => void;
  readonly zoomed: boolean;
  /** Shown only when the step controls (which have their own) are absent. */
  readonly labels?: { readonly on: boolean; readonly toggle: () => void };
  /** The share panel's toggle. */
  readonly share?: { readonly open: boolean; readonly toggle: () => void };
  /** The lecture view; absent where the page may not go fullscreen. */
  readonly fullscreen?: { readonly on: boolean; readonly toggle: () => void };
}) {
  return html`<div class="toolbar" role="group" aria-label=${msg('View')}>
    <button type="button" @click=${() => c.zoomBy(1.5)} aria-label=${msg('Zoom in')}>+</button>
    <button type="button" @click=${() => c.zoomBy(1 / 1.5)} aria-label=${msg('Zoom out')}>−</button>
    <button type="button" @click=${() => c.zoomed && c.reset()} aria-disabled=${String(!c.zoomed)}>
      ${msg('Reset view')}
    </button>
    ${
      c.labels
        ? html`<button type="button" aria-pressed=${String(c.labels.on)} @click=${c.labels.toggle}>
            ${msg('Labels')}
          </button>`
        : nothing
    }
    ${
      c.share
        ? html`<button
            type="button"
            class="share-toggle"
            aria-expanded=${String(c.share.open)}
            @click=${c.share.toggle}
          >
            ${msg('Share')}
          </button>`
        : nothing
    }
    ${
      c.fullscreen
        ? html`<button
            type="button"
            class="fullscreen"
            aria-pressed=${String(c.fullscreen.on)}
            @click=${c.fullscreen.toggle}
          >
            ${msg('Full screen')}
          </button>`
        : nothing
    }
  </div>`;
}
