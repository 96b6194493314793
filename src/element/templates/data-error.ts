import { msg, str } from '@lit/localize';
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
      <strong>${msg(str`The ${error.procedure} procedure could not be loaded`)}</strong>:
      ${drawn ? msg('its file did not arrive (the last good picture is kept).') : msg('its file did not arrive.')}
      <p>${error.reason}</p>
      <p>
        ${msg(
          'Serve every file of dist/ together, or use liver-intervention.standalone.js, which needs no other file.',
        )}
      </p>
    </div>`;
  }
  const more = error.problems.length - SHOWN;
  const item = (p: DataError['problems'][number]) =>
    html`<li class="problem"><code>${p.path}</code>: ${p.message}</li>`;
  // The rest lie behind a disclosure: an author fixing a file needs every fault, not only the first five.
  return html`<div class="error" part="error" role="alert">
    <strong>${msg(str`Some data in ${error.source} could not be used`)}</strong>
    ${drawn ? msg('(the last good picture is kept).') : msg('(there is no good picture to show yet).')}
    <ul>
      ${error.problems.slice(0, SHOWN).map(item)}
      ${
        more > 0
          ? html`<li>
              <details>
                <summary>${msg(str`…and ${more} more`)}</summary>
                <ul>
                  ${error.problems.slice(SHOWN).map(item)}
                </ul>
              </details>
            </li>`
          : nothing
      }
    </ul>
  </div>`;
}
