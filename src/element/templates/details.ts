import { msg } from '@lit/localize';
import { html } from 'lit';

/** What the details line shows of a structure: its name and description, and their plain forms when given. */
export interface DescribedStructure {
  readonly name: string;
  readonly description: string;
  readonly plainName?: string;
  readonly plainDescription?: string;
}

/**
 * The details line's box. Its content is rendered into it apart from the element's template (renderDetails), so a
 * hover rewrites this line alone, not the whole element.
 */
export const detailsBox = () => html`<div class="details" part="details" aria-live="polite"></div>`;

/** The hovered or pinned structure's name and description, or a hint when there is none: detailsBox's content. */
export function renderDetails(active: DescribedStructure | undefined, audience: 'clinician' | 'patient') {
  const plain = audience === 'patient';
  const name = active && plain ? (active.plainName ?? active.name) : active?.name;
  const description = active && plain ? (active.plainDescription ?? active.description) : active?.description;
  return html`
    ${active ? html`<strong>${name}</strong> ${description}` : msg('Tap or point at a part of the drawing (keys: [ and ]) to see what it is.')}
  `;
}
