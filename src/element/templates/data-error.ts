import { html, nothing } from 'lit';
import type { DataError } from '../../model/data-error.js';

const SHOWN = 5;

/**
 * A visible, announced data error naming its source and the JSON paths at
 * fault, and saying whether the last good picture stays or there is none yet.
 */
export function renderDataError(error: DataError, kept: boolean) {
  const more = error.problems.length - SHOWN;
  return html`<div class="error" part="error" role="alert">
    <strong>Some data in <code>${error.source}</code> could not be used</strong>
    ${kept ? '(the last good picture is kept).' : '(there is no good picture to show yet).'}
    <ul>
      ${error.problems.slice(0, SHOWN).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
      ${more > 0 ? html`<li>…and ${more} more</li>` : nothing}
    </ul>
  </div>`;
}
