import { msg } from '@lit/localize';
import { html, nothing } from 'lit';
import type { SharedQr } from '../controllers/share-controller.js';

/**
 * The share panel: the short link (selectable and copyable), its QR code with SVG/PNG downloads, picture export
 * and, when given `onPrint`, the printed handout.
 */
export function renderSharePanel(
  url: string,
  qr: SharedQr | undefined,
  onExport: (type: 'svg' | 'png') => void,
  onPrint?: () => void,
) {
  const copy = () => void navigator.clipboard?.writeText(url).catch(() => undefined);
  return html`<div class="share" part="share" role="group" aria-label=${msg('Share this view')}>
    <label
      >${msg('Link')}
      <input type="text" readonly .value=${url} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
    /></label>
    <button type="button" @click=${copy}>${msg('Copy link')}</button>
    <button type="button" @click=${() => onExport('svg')}>${msg('Picture (SVG)')}</button>
    <button type="button" @click=${() => onExport('png')}>${msg('Picture (PNG)')}</button>
    ${onPrint ? html`<button type="button" class="print-handout" @click=${onPrint}>${msg('Print handout')}</button>` : nothing}
    ${
      qr?.url === url
        ? html`<img class="qr" src=${qr.svg} alt=${msg('QR code of the link')} width="160" height="160" />
            <a href=${qr.svg} download="liver-intervention-qr.svg">${msg('QR code (SVG)')}</a>
            <a href=${qr.png} download="liver-intervention-qr.png">${msg('QR code (PNG)')}</a>`
        : nothing
    }
  </div>`;
}
