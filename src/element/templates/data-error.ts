import { html, nothing } from 'lit';
import type { DataError } from '../../model/data-error.js';
import { LoadError } from '../../model/load-error.js';

const SHOWN = 5;

/**
 * A visible, announced error: a file that could not be loaded, or data naming its source and the JSON paths at
 * fault. `drawn` says whether an earlier picture is still on screen, so the message never promises one that is not.
 */
export function renderDataError(error: DataError, drawn: boolean) {
  if (error instanceof LoadError) {
    return html`<div class="error" part="error" role="alert">
      <strong>The <code>${error.procedure}</code> procedure could not be loaded</strong>: its file did not
      arrive${drawn ? ' (the last good picture is kept)' : ''}.
      <p>${error.reason}</p>
      <p>
        Serve every file of <code>dist/</code> together, or use <code>liver-intervention.standalone.js</code>, which
        needs no other file.
      </p>
    </div>`;
  }
  const more = error.problems.length - SHOWN;
  return html`<div class="error" part="error" role="alert">
    <strong>Some data in <code>${error.source}</code> could not be used</strong>
    ${drawn ? '(the last good picture is kept).' : '(there is no good picture to show yet).'}
    <ul>
      ${error.problems.slice(0, SHOWN).map((p) => html`<li><code>${p.path}</code>: ${p.message}</li>`)}
      ${more > 0 ? html`<li>…and ${more} more</li>` : nothing}
    </ul>
  </div>`;
}
