import { css } from 'lit';

/**
 * What the first paint needs of the aftercare view and the handout (their own styles load with them): the
 * announcer, the entry button, and a print fallback that leaves out the controls until the storyboard is drawn.
 */
export const leaflet = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .aftercare-entry {
    margin: 4px 10px 8px;
  }
  @media print {
    .handout:not(:empty) ~ figure,
    .blank {
      display: none !important;
    }
    figure :is(button, select, input, details, .controls) {
      display: none !important;
    }
  }
`;
