import type { TextLookup } from '../../model/translate-data.js';
import { msg } from '@lit/localize';
import { html } from 'lit';
import type { StentTexts } from '../../model/stent-schema.js';
import type { StentName } from '../../model/stent-names.js';

/**
 * The chosen stent type's card. For clinicians it compares: mechanism, sizes, shortening, removal, use. For patients
 * it names the stent plainly and says in a few short sentences what it is, how it opens and whether it stays in.
 * `english` is its words in data/stents.json; `text` gives them in the widget's language (by path, e.g.
 * `mesh.sizes`); default English.
 */
export function renderStentCard(
  type: StentName,
  english: StentTexts,
  text: TextLookup = (_path, english) => english,
  audience: 'clinician' | 'patient' = 'clinician',
) {
  const field = (key: keyof StentTexts) => text(`${type}.${key}`, english[key]);
  if (audience === 'patient')
    return html`<details class="panel" part="stent-card">
      <summary>${field('plainName')}</summary>
      <p>${field('patient')}</p>
    </details>`;
  return html`<details class="panel" part="stent-card">
    <summary>${field('name')}</summary>
    <dl>
      <dt>${msg('How it works')}</dt>
      <dd>${field('mechanism')}</dd>
      <dt>${msg('Typical sizes')}</dt>
      <dd>${field('sizes')}</dd>
      <dt>${msg('Shortens when it opens?')}</dt>
      <dd>${field('shortens')}</dd>
      <dt>${msg('Can it be removed?')}</dt>
      <dd>${field('removable')}</dd>
      <dt>${msg('Typical use')}</dt>
      <dd>${field('use')}</dd>
    </dl>
  </details>`;
}
