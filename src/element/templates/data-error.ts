import { html, nothing } from 'lit';
import type { DataError } from '../../model/data-error.js';
import { LoadError } from '../load-error.js';

/**
 * A visible, announced error: a file that could not be loaded, or data naming its source and the JSON paths at
 * fault. `drawn` says whether an earlier picture is still on screen, so the message never promises one that is not.
 */
export function renderDataError(error: DataError, drawn: boolean) {
  const kept = drawn ? html` (the last good picture is kept)` : nothing;
  if (error instanceof LoadError) {
    return html`<div class="error" part="error" role="alert">
      <strong>The <code>${error.procedure}</code> procedure could not be loaded</strong>: its file did not
      arrive${kept}.
      <p>${error.reason}</p>
      <p>
        Serve every file of <code>dist/</code> together, or use <code>liver-intervention.standalone.js</code>, which
        needs no other file.
      </p>
    </div>`;
  }
  return html`<div class="error" part="error" role="alert">
    <strong>Some data in <code>${error.source}</code> could not be used</strong>${kept}.
    <ul>
      ${error.problems.slice(0, 5).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
    </ul>
  </div>`;
}
