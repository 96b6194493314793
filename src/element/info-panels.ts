import { html, nothing } from 'lit';
import { STENT_SPECS } from '../model/stent-specs.js';
import type { Unsuitability } from '../model/check-suitability.js';
import type { ProcedureContext } from '../model/procedure-schema.js';
import type { StentName } from '../model/stent-names.js';

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

/** The chosen stent type's comparison card: mechanism, sizes, shortening, removal, use. */
export function renderStentCard(type: StentName) {
  const facts = STENT_SPECS[type];
  return html`<details class="panel" part="stent-card">
    <summary>${facts.name}</summary>
    <dl>
      <dt>How it works</dt>
      <dd>${facts.mechanism}</dd>
      <dt>Typical sizes</dt>
      <dd>${facts.sizes}</dd>
      <dt>Shortens when it opens?</dt>
      <dd>${facts.shortens}</dd>
      <dt>Can it be removed?</dt>
      <dd>${facts.removable}</dd>
      <dt>Typical use</dt>
      <dd>${facts.use}</dd>
    </dl>
  </details>`;
}

/** Procedures every obstruction case suits (their data has no `unsuitable` rule), offered instead. */
const ALTERNATIVES = [
  { id: 'internal-drainage', label: 'Internal–external drainage', plain: 'A drain past the blockage' },
  { id: 'ptcd', label: 'External drainage (PTCD)', plain: 'A drain into a bag' },
] as const;

/**
 * Why the chosen procedure does not suit the chosen obstruction, shown
 * instead of an animation, with the procedures that do suit it.
 */
export function renderUnsuitable(
  u: Unsuitability,
  audience: Audience,
  caseName: string,
  choose: (procedure: (typeof ALTERNATIVES)[number]['id']) => void,
) {
  const plain = audience === 'patient';
  return html`<div class="unsuitable" part="caption" role="status">
    <h2>${plain ? `This treatment is not used for: ${caseName}` : `Not suitable for ${caseName}`}</h2>
    <p>${plain ? u.patientReason : u.reason}</p>
    <p class="alternatives">
      ${plain ? 'See instead:' : 'Show instead:'}
      ${ALTERNATIVES.map(
        (a) => html`<button type="button" @click=${() => choose(a.id)}>${plain ? a.plain : a.label}</button>`,
      )}
    </p>
  </div>`;
}
