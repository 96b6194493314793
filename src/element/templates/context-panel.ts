import { html, nothing } from 'lit';
import type { ProcedureContext } from '../../model/procedure-schema.js';

type Audience = 'clinician' | 'patient';

const HEADINGS = {
  clinician: { indications: 'Indications', advantages: 'Advantages', caution: 'Select strictly', risks: 'Main risks' },
  patient: {
    indications: 'When it helps',
    advantages: 'Why this way',
    caution: 'Good to know',
    risks: 'Possible risks',
  },
} as const;

/** Indications, advantages, the need for strict selection, and risks, in the chosen register. */
export function renderContext(context: ProcedureContext | undefined, audience: Audience) {
  if (!context) return nothing;
  const text = context[audience];
  const h = HEADINGS[audience];
  const list = (items: readonly string[]) =>
    html`<ul>
      ${items.map((i) => html`<li>${i}</li>`)}
    </ul>`;
  return html`<details class="panel" part="context">
    <summary>${audience === 'patient' ? 'About this treatment' : 'Clinical context'}</summary>
    <h3>${h.indications}</h3>
    ${list(text.indications)}
    <h3>${h.advantages}</h3>
    ${list(text.advantages)}
    <h3>${h.caution}</h3>
    <p>${text.caution}</p>
    <h3>${h.risks}</h3>
    ${list(text.risks)}
  </details>`;
}
