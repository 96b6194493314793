import { msg, str } from '@lit/localize';
import { html, nothing } from 'lit';
import type { Aftercare } from '../../model/aftercare-schema.js';

type Audience = 'clinician' | 'patient';

/** What the printed handout shows. */
export interface HandoutModel {
  readonly title: string;
  readonly subtitle: string;
  readonly audience: Audience;
  readonly steps: readonly { readonly title: string; readonly text: string }[];
  readonly aftercare?: Aftercare;
  /** The aftercare picture (drawn by the extras chunk), shown beside the warning signs. */
  readonly figure: unknown;
  readonly source: string;
}

/** The handout's own words, read while rendering so that they are in the widget's language. */
const handoutWords = (audience: 'clinician' | 'patient') =>
  audience === 'patient'
    ? {
        orientation: msg('Front view: your right side is on the left of each picture.'),
        after: msg('Tell a nurse or doctor straight away if'),
      }
    : {
        orientation: msg('Front view: the patient’s right is on the left of each picture.'),
        after: msg('Afterwards: warning signs'),
      };

/**
 * The print-only storyboard: a heading, one numbered frame per step (an empty box the controller draws the
 * step's end state into, its title and text), the aftercare warning signs with the body-surface picture and the key
 * to its numbered parts, and a source line. No controls.
 */
export function renderHandout(m: HandoutModel) {
  const words = handoutWords(m.audience);
  const after = m.aftercare?.[m.audience];
  return html`<header>
      <h1>${m.title}</h1>
      <p>
        ${m.subtitle ? msg(str`${m.subtitle}. `, { desc: 'The case name ending its sentence, before the next one' }) : nothing}${words.orientation}
      </p>
    </header>
    <ol class="storyboard ${m.audience}">
      ${m.steps.map(
        (s, i) =>
          html`<li class="frame">
            <div class="frame-picture"></div>
            <div>
              <h2>${i + 1}. ${s.title}</h2>
              <p>${s.text}</p>
            </div>
          </li>`,
      )}
      ${
        m.aftercare && after
          ? html`<li class="frame after">
              ${m.figure}
              <div>
                <ol class="after-parts">
                  ${[after.parts.site, after.parts.dressing, after.parts.tube, after.parts.end].map(
                    (p) => html`<li>${p.label}</li>`,
                  )}
                </ol>
                <h2>${words.after}</h2>
                <ul>
                  ${after.warnings.map((w) => html`<li>${w.text}</li>`)}
                </ul>
              </div>
            </li>`
          : nothing
      }
    </ol>
    <p class="handout-source">${m.source}</p>`;
}
