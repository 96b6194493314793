import { css } from 'lit';

/**
 * In a right-to-left page the controls and text mirror, but the drawing never does: the patient's right stays on
 * the viewer's left, so the side markers and the SVG (whose text anchors follow `direction`) keep left-to-right.
 */
export const rtl = css`
  .sides,
  .stage {
    direction: ltr;
  }
`;
