import { msg } from '@lit/localize';
import { html, nothing } from 'lit';

/** A button that opens a panel (`expanded`) or switches a mode (`pressed`). */
function toggle(cls: string, text: string, onClick: () => void, state: { expanded?: boolean; pressed?: boolean }) {
  return html`<button
    type="button"
    class=${cls}
    aria-expanded=${state.expanded === undefined ? nothing : String(state.expanded)}
    aria-pressed=${state.pressed === undefined ? nothing : String(state.pressed)}
    @click=${onClick}
  >
    ${text}
  </button>`;
}

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
    ${c.share ? toggle('share-toggle', msg('Share'), c.share.toggle, { expanded: c.share.open }) : nothing}
    ${c.fullscreen ? toggle('fullscreen', msg('Full screen'), c.fullscreen.toggle, { pressed: c.fullscreen.on }) : nothing}
  </div>`;
}
