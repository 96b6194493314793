import { css } from 'lit';

/** The "What you will see afterwards" view: body-surface picture, numbered parts, care and warning signs. */
export const aftercare = css`
  .aftercare-entry {
    margin: 4px 10px 8px;
  }
  .aftercare {
    padding: 8px 10px 4px;
    font-size: clamp(15px, 1.1cqi, 24px);
    line-height: 1.45;
  }
  .aftercare h2 {
    font-size: clamp(17px, 1.5cqi, 32px);
    margin: 0 0 4px;
  }
  /* Focused by script on opening, so a screen reader starts here; not a control, so no ring. */
  .aftercare h2:focus {
    outline: none;
  }
  .aftercare h3 {
    font-size: 1em;
    margin: 10px 0 2px;
  }
  .aftercare p,
  .aftercare ul,
  .aftercare ol {
    margin: 0;
    max-width: 70ch;
  }
  .aftercare ul,
  .aftercare ol {
    padding-left: 1.4em;
  }
  .aftercare-figure {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    align-items: center;
    margin: 8px 0;
  }
  .aftercare-picture {
    flex: 1 1 240px;
    max-width: 420px;
    height: auto;
  }
  .aftercare-parts {
    flex: 1 1 220px;
  }
  .aftercare .muted {
    color: var(--li-muted);
    font-size: 0.85em;
  }
  .aftercare .warnings {
    margin-top: 10px;
    padding: 2px 10px 8px;
    border-left: 4px solid var(--li-lesion);
    background: var(--li-panel);
  }
  .aftercare-close {
    margin-top: 10px;
  }
  .aftercare-picture .trunk {
    fill: color-mix(in srgb, var(--li-skin) 22%, var(--li-surface));
    stroke: var(--li-skin);
    stroke-width: 2;
  }
  .aftercare-picture .landmark {
    fill: none;
    stroke: color-mix(in srgb, var(--li-skin) 60%, var(--li-surface));
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .aftercare-picture .navel {
    fill: var(--li-skin);
  }
  .aftercare-picture .side {
    fill: var(--li-muted);
    font: 600 14px var(--li-font);
    text-anchor: middle;
  }
  .aftercare-picture .tube {
    fill: none;
    stroke: var(--li-device);
    stroke-width: 5;
    stroke-linecap: round;
  }
  .aftercare-picture .dressing {
    fill: var(--li-surface);
    stroke: var(--li-device);
    stroke-width: 1.5;
  }
  .aftercare-picture .dressing-pad {
    fill: none;
    stroke: var(--li-muted);
    stroke-dasharray: 2 2;
  }
  .aftercare-picture .exit {
    fill: var(--li-device);
  }
  .aftercare-picture .bag-body,
  .aftercare-picture .cap,
  .aftercare-picture .bag-port {
    fill: var(--li-surface);
    stroke: var(--li-device);
    stroke-width: 2;
  }
  .aftercare-picture .cap {
    fill: var(--li-hub);
  }
  /* The bile in the bag: the drawing's amber, on the sheet and on screen alike. */
  .aftercare-picture .bag-fluid {
    fill: var(--li-bile-fluid);
  }
  .aftercare-picture .bag-scale {
    stroke: var(--li-device);
  }
  .aftercare-picture .marker line {
    stroke: var(--li-ink);
    stroke-width: 1.5;
  }
  .aftercare-picture .marker circle {
    fill: var(--li-ink);
  }
  .aftercare-picture .marker text {
    fill: var(--li-surface);
    font: 700 13px var(--li-font);
    text-anchor: middle;
  }
`;
