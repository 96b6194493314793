import frame from './first-frame.json';
import { paintFirstFrame, type FirstFrame } from './paint-first-frame.js';
import { showsDefaultView } from './shows-default-view.js';

// The bundled build's entry (dist/cdn/liver-intervention.js): a picture of the default view for the widgets
// already on the page, at once, while the engine that defines the element loads.
if (!customElements.get('liver-intervention')) {
  for (const host of document.querySelectorAll<HTMLElement>('liver-intervention')) {
    if (!host.shadowRoot && showsDefaultView(host)) paintFirstFrame(host, frame as unknown as FirstFrame);
  }
}

/**
 * The engine (dist/cdn/liver-intervention.engine.js): the element class, events and name lists. It defines
 * `<liver-intervention>` as it loads.
 */
export const engine = import('../index.js');
engine.catch((error: unknown) => console.warn('liver-intervention: the engine could not be loaded', error));
