import { html } from 'lit';
import stents from '../../../data/stents.json';
import type { StentName } from '../../model/stent-names.js';

interface StentFacts {
  readonly name: string;
  readonly mechanism: string;
  readonly sizes: string;
  readonly shortens: string;
  readonly removable: string;
  readonly use: string;
}

/** The chosen stent type's comparison card: mechanism, sizes, shortening, removal, use. */
export function renderStentCard(type: StentName) {
  const facts = (stents as unknown as Record<StentName, StentFacts>)[type];
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
