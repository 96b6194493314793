import { css } from 'lit';

/** The share panel: link, copy button, QR code and its downloads. */
export const share = css`
  .share {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin: 6px 4px;
    padding: 8px 10px;
    background: var(--li-panel);
    border-radius: 8px;
    font-size: 14px;
  }
  .share label {
    display: flex;
    align-items: center;
    gap: 6px;
    flex: 1 1 16em;
  }
  .share input {
    flex: 1;
    min-width: 0;
    min-height: 36px;
    font: inherit;
    color: var(--li-ink);
    background: var(--li-surface);
    border: 1px solid color-mix(in srgb, var(--li-ink) 30%, transparent);
    border-radius: 6px;
  }
  /* A download link is a touch target like the buttons beside it: 44 px tall, its words centred. */
  .share a {
    color: var(--li-focus);
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .qr {
    display: block;
    background: #fff;
  }
`;
