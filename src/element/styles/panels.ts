import { css } from 'lit';

/** Caption, details, information panels, the unsuitable explanation and the data error. */
export const panels = css`
  /* The caption's body size, which the open step list and the disclosure rows beside it follow. */
  .text {
    --body-size: clamp(15px, 1.2cqi, 26px);
  }
  .caption {
    padding: 8px 10px 4px;
  }
  /* Text grows with the widget, so the back row of a lecture hall can read it. */
  .caption h2 {
    font-size: clamp(17px, 1.5cqi, 32px);
    margin: 0 0 4px;
  }
  .caption p {
    margin: 0;
    font-size: var(--body-size);
    line-height: 1.45;
    max-width: 70ch;
  }
  .details-slot {
    position: relative;
    margin: 6px 0;
  }
  .details {
    min-height: 2.6em;
    padding: 6px 10px;
    background: var(--li-panel);
    border-radius: 8px;
    font-size: clamp(14px, 1cqi, 22px);
    line-height: 1.4;
  }
  /* A hovered structure's description, over what follows its place: nothing below moves while the pointer explores. */
  .details.floating {
    position: absolute;
    inset: 0 0 auto;
    z-index: 2;
    min-height: 100%;
    box-sizing: border-box;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.25);
  }
  /* The hint is one short sentence: it never breaks between its keys. */
  .details .key-hint {
    white-space: nowrap;
  }
  /* The [ and ] keys need a keyboard: their hint shows where one is likely (a fine pointer on a wide layout). */
  @media (pointer: coarse) {
    .details .key-hint {
      display: none;
    }
  }
  @container (max-width: 480px) {
    .details .key-hint {
      display: none;
    }
  }
  .panel {
    margin: 6px 4px;
    padding: 4px 10px;
    border: 1px solid color-mix(in srgb, var(--li-ink) 18%, transparent);
    border-radius: 8px;
    font-size: 14px;
    line-height: 1.45;
  }
  .panel summary {
    cursor: pointer;
    min-height: 36px;
    display: flex;
    align-items: center;
    font-weight: 600;
  }
  .panel h3 {
    font-size: 14px;
    margin: 8px 0 2px;
  }
  .panel ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .panel dt {
    font-weight: 600;
    margin-top: 6px;
  }
  .panel dd {
    margin: 0;
  }
  .unsuitable {
    margin: 6px 4px;
    padding: 8px 10px;
    border-left: 4px solid var(--li-focus);
    background: var(--li-panel);
  }
  /* An unsuitable pair: the drawing steps back behind the explanation. */
  .stage.is-unsuitable {
    opacity: 0.45;
  }
  .alternatives {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    margin-top: 8px !important;
  }
  .unsuitable h2 {
    font-size: 17px;
    margin: 0 0 4px;
  }
  .unsuitable p {
    margin: 0;
  }
  .loading {
    margin: 6px 4px;
    font-size: 14px;
  }
  .error {
    border: 2px solid #b3261e;
    background: #fdecea;
    color: #5f1410;
    border-radius: 8px;
    padding: 8px 10px;
    margin: 6px 0;
    font-size: 14px;
  }
  .error code {
    font-family: ui-monospace, monospace;
    word-break: break-all;
  }
`;
