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
 * hover rewrites this line alone, not the whole element. Its slot holds the line's place while a hovered
 * structure's description opens over what follows (`floating`), so the controls below it never move.
 */
export const detailsBox = () =>
  html`<div class="details-slot"><div class="details" part="details" aria-live="polite"></div></div>`;

/** The hovered or pinned structure's name and description, or a hint when there is none: detailsBox's content. */
export function renderDetails(active: DescribedStructure | undefined, audience: 'clinician' | 'patient') {
  const plain = audience === 'patient';
  const name = active && plain ? (active.plainName ?? active.name) : active?.name;
  const description = active && plain ? (active.plainDescription ?? active.description) : active?.description;
  // The keys are for a keyboard: their hint hides on a phone or a touch screen (panels.ts), so it is a span apart.
  return html`
    ${
      active
        ? html`<strong>${name}</strong> ${description}`
        : html`${msg('Tap or point at a part of the drawing to see what it is.')}
            <span class="key-hint">${msg('Keys: [ and ].')}</span>`
    }
  `;
}
