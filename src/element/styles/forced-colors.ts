import { css } from 'lit';

/** Windows high-contrast mode: system colours for outlines and label text. Last, so it wins. */
export const forcedColors = css`
  @media (forced-colors: active) {
    .paint-tube.casing,
    .paint-fill,
    .paint-line,
    .paint-band {
      stroke: CanvasText;
    }
    .label text {
      fill: CanvasText;
      stroke: Canvas;
    }
    /* Background tints vanish in forced colours: a pressed toggle is filled with the system highlight. */
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
  }
`;
