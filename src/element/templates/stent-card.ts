import { msg } from '@lit/localize';
import { html } from 'lit';
import { STENT_SPECS } from '../../model/stent-specs.js';
import type { StentName } from '../../model/stent-names.js';

/** The chosen stent type's comparison card: mechanism, sizes, shortening, removal, use. */
export function renderStentCard(type: StentName) {
  const facts = STENT_SPECS[type];
  return html`<details class="panel" part="stent-card">
    <summary>${facts.name}</summary>
    <dl>
      <dt>${msg('How it works')}</dt>
      <dd>${facts.mechanism}</dd>
      <dt>${msg('Typical sizes')}</dt>
      <dd>${facts.sizes}</dd>
      <dt>${msg('Shortens when it opens?')}</dt>
      <dd>${facts.shortens}</dd>
      <dt>${msg('Can it be removed?')}</dt>
      <dd>${facts.removable}</dd>
      <dt>${msg('Typical use')}</dt>
      <dd>${facts.use}</dd>
    </dl>
  </details>`;
}
