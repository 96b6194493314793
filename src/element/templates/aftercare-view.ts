import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Aftercare, AftercareRegister, ExitSite } from '../../model/aftercare-schema.js';
import { renderAftercarePicture } from './aftercare-picture.js';

type Audience = 'clinician' | 'patient';
type Item = AftercareRegister['care'][number];

/** The view's own words, read while rendering so that they are in the widget's language. */
export const headings = (audience: Audience) =>
  audience === 'patient'
    ? {
        picture: msg('Picture of the tube on your body. The numbers match the list.'),
        care: msg('Looking after it'),
        warnings: msg('Tell a nurse or doctor straight away if'),
        typical: msg('usual advice'),
        sides: [msg('Your right'), msg('Your left')] as const,
      }
    : {
        picture: msg('The drain on the skin. The numbers match the list.'),
        care: msg('Care'),
        warnings: msg('Warning signs: review at once'),
        typical: msg('typical'),
        sides: [
          msg('R', { desc: 'The patient’s right, on a small picture' }),
          msg('L', { desc: 'The patient’s left, on a small picture' }),
        ] as const,
      };

/** The exit site for the route in use (the first one listed when the route has none of its own). */
export function exitSiteFor(aftercare: Aftercare, approach: string): ExitSite {
  const { exit } = aftercare;
  return typeof exit === 'string' ? exit : (exit[approach] ?? Object.values(exit)[0]!);
}

/** The aftercare picture for the route in use, captioned with the audience's summary (the printed handout's). */
export const renderAftercareFigure = (aftercare: Aftercare, audience: Audience, approach: string) =>
  renderAftercarePicture(
    exitSiteFor(aftercare, approach),
    aftercare.end,
    aftercare[audience].summary,
    headings(audience).sides,
  );

const items = (list: readonly Item[], audience: Audience) =>
  html`<ul>
    ${list.map(
      (i) =>
        html`<li>
          ${i.text}${i.typical ? html` <span class="muted">(${headings(audience).typical})</span>` : nothing}${
            audience === 'clinician' && i.sources.length
              ? html` <span class="muted">[${i.sources.join(', ')}]</span>`
              : nothing
          }
        </li>`,
    )}
  </ul>`;

/**
 * "What you will see afterwards": the body-surface picture with its numbered parts, how to look after the
 * drain and the warning signs, in the chosen register, and a way back to the steps.
 */
export function renderAftercare(aftercare: Aftercare, audience: Audience, approach: string, onClose: () => void) {
  const text = aftercare[audience];
  const h = headings(audience);
  const parts = [text.parts.site, text.parts.dressing, text.parts.tube, text.parts.end];
  return html`<section class="aftercare" part="aftercare" aria-labelledby="aftercare-title">
    <h2 id="aftercare-title" tabindex="-1">${text.title}</h2>
    <p>${text.summary}</p>
    <div class="aftercare-figure">
      ${renderAftercarePicture(exitSiteFor(aftercare, approach), aftercare.end, h.picture, h.sides)}
      <ol class="aftercare-parts">
        ${parts.map((p) => html`<li><strong>${p.label}:</strong> ${p.text}</li>`)}
      </ol>
    </div>
    <h3>${h.care}</h3>
    ${items(text.care, audience)}
    <div class="warnings">
      <h3>${h.warnings}</h3>
      ${items(text.warnings, audience)}
    </div>
    <button type="button" class="aftercare-close" @click=${onClose}>${msg('Back to the steps')}</button>
  </section>`;
}
