import { css } from 'lit';

/**
 * In a right-to-left page the controls and text mirror, but the drawing never does: the patient's right stays on
 * the viewer's left, so the side markers and the SVG (whose text anchors follow `direction`) keep left-to-right.
 * Each paragraph of text takes its direction from its own words, so an English or Chinese caption on a
 * right-to-left page keeps its full stop and brackets at the end of the sentence, and its lines start on the left.
 */
export const rtl = css`
  .sides,
  .stage {
    direction: ltr;
  }
  :is(p, h2, h3, li, dt, dd, summary, label) {
    unicode-bidi: plaintext;
    text-align: start;
  }
`;
