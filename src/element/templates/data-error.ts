import { html } from 'lit';
import type { DataError } from '../../model/data-error.js';

/** A visible, announced data error naming its source and the JSON paths at fault. */
export function renderDataError(error: DataError) {
  return html`<div class="error" part="error" role="alert">
    <strong>Some data in <code>${error.source}</code> could not be used</strong> (the last good picture is kept).
    <ul>
      ${error.problems.slice(0, 5).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
    </ul>
  </div>`;
}
