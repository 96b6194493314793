import { html } from 'lit';

/** The hovered or pinned structure's name and description, or a hint when there is none. */
export function renderDetails(active: { readonly name: string; readonly description: string } | undefined) {
  return html`<div class="details" part="details" aria-live="polite">
    ${active ? html`<strong>${active.name}</strong> ${active.description}` : html`Hover, tap or tab to a structure to see what it is.`}
  </div>`;
}
