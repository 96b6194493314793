import { msg } from '@lit/localize';
import { html } from 'lit';

/** What the details line shows of a structure: its name and description, and their plain forms when given. */
export interface DescribedStructure {
  readonly name: string;
  readonly description: string;
  readonly plainName?: string;
  readonly plainDescription?: string;
}

/** The hovered or pinned structure's name and description, or a hint when there is none. */
export function renderDetails(active: DescribedStructure | undefined, audience: 'clinician' | 'patient') {
  const plain = audience === 'patient';
  const name = active && plain ? (active.plainName ?? active.name) : active?.name;
  const description = active && plain ? (active.plainDescription ?? active.description) : active?.description;
  return html`<div class="details" part="details" aria-live="polite">
    ${active ? html`<strong>${name}</strong> ${description}` : msg('Tap or point at a part of the drawing (keys: [ and ]) to see what it is.')}
  </div>`;
}
