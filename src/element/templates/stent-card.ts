import type { TextLookup } from '../../model/translate-data.js';
import { msg } from '@lit/localize';
import { html } from 'lit';
import type { StentSpec } from '../../model/stent-schema.js';
import type { StentName } from '../../model/stent-names.js';

/**
 * The chosen stent type's comparison card: mechanism, sizes, shortening, removal, use. `spec` is its entry in
 * data/stents.json (the caller's: the specs stay in the main chunk); `text` gives its wording in the widget's
 * language (by path, e.g. `mesh.sizes`); default English.
 */
export function renderStentCard(type: StentName, spec: StentSpec, text: TextLookup = (_path, english) => english) {
  const field = (key: 'name' | 'mechanism' | 'sizes' | 'shortens' | 'removable' | 'use') =>
    text(`${type}.${key}`, spec[key]);
  const facts = {
    name: field('name'),
    mechanism: field('mechanism'),
    sizes: field('sizes'),
    shortens: field('shortens'),
    removable: field('removable'),
    use: field('use'),
  };
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
