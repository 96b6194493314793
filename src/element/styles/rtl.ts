import { css } from 'lit';

/**
 * In a right-to-left page the controls and text mirror, but the drawing never does: the patient's right stays on
 * the viewer's left, so the side markers and the SVG (whose text anchors follow `direction`) keep left-to-right.
 * Each paragraph of text takes its direction from its own words, so an English or Chinese caption on a
 * right-to-left page keeps its full stop and brackets at the end of the sentence, and its lines start on the left;
 * so do the step list's titles (each a button of its own: "0.018-inch wire", not "inch wire-0.018") and the hint.
 * Previous and Next, which change places, turn with them to point outward; Play keeps its one direction, as media
 * players' does in right-to-left languages (Previous is a double arrow, so turned it is not taken for Play).
 */
export const rtl = css`
  .sides,
  .stage {
    direction: ltr;
  }
  :is(p, h2, h3, li, dt, dd, summary, label, button.step, .details) {
    unicode-bidi: plaintext;
    text-align: start;
  }
  .turn {
    display: inline-block;
  }
  .turn:dir(rtl) {
    transform: scaleX(-1);
  }
`;
