import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { ProcedureContext } from '../../model/procedure-schema.js';

type Audience = 'clinician' | 'patient';

/** Read at render time, so they are in the widget's language. */
const headings = (audience: Audience) =>
  audience === 'patient'
    ? {
        indications: msg('When it helps'),
        advantages: msg('Why this way'),
        caution: msg('Good to know'),
        risks: msg('Possible risks'),
      }
    : {
        indications: msg('Indications'),
        advantages: msg('Advantages'),
        caution: msg('Select strictly'),
        risks: msg('Main risks'),
      };

/**
 * Indications, advantages, the need for strict selection, and risks, in the chosen register. With `coming` (the
 * texts are on their way in a lazy chunk) the closed panel shows already, so the widget's height does not change
 * when they arrive.
 */
export function renderContext(context: ProcedureContext | undefined, audience: Audience, coming = false) {
  if (!context && !coming) return nothing;
  const text = context?.[audience];
  const h = headings(audience);
  const list = (items: readonly string[]) =>
    html`<ul>
      ${items.map((i) => html`<li>${i}</li>`)}
    </ul>`;
  return html`<details class="panel" part="context">
    <summary>${audience === 'patient' ? msg('About this treatment') : msg('Clinical context')}</summary>
    ${
      text
        ? html`<h3>${h.indications}</h3>
            ${list(text.indications)}
            <h3>${h.advantages}</h3>
            ${list(text.advantages)}
            <h3>${h.caution}</h3>
            <p>${text.caution}</p>
            <h3>${h.risks}</h3>
            ${list(text.risks)}`
        : nothing
    }
  </details>`;
}
