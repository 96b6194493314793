import { css } from 'lit';

/**
 * The printed handout (in the lazy extras chunk, with the storyboard's template): on paper only the storyboard
 * shows (two columns of frames, each a small drawing beside its caption), in black on white for greyscale printers.
 */
export const handout = css`
  @media print {
    :host {
      color: #000;
      background: #fff;
      container-type: normal;
    }
    figure,
    .blank {
      display: none !important;
    }
    .handout {
      display: block;
      font: 8pt/1.3 var(--li-font);
      color: #000;
    }
    .handout header h1 {
      font-size: 14pt;
      margin: 0 0 1mm;
    }
    .handout header p {
      font-size: 10pt;
      margin: 0 0 3mm;
    }
    .storyboard {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: 3mm 5mm;
    }
    .frame {
      display: grid;
      grid-template-columns: 44mm minmax(0, 1fr);
      gap: 2.5mm;
      align-items: start;
      break-inside: avoid;
    }
    .frame-picture svg.scene {
      display: block;
      width: 44mm;
      height: 43mm;
      border: 0.3mm solid #888;
    }
    .frame h2 {
      font-size: 9pt;
      margin: 0 0 1mm;
    }
    .frame p,
    .frame ul {
      margin: 0;
    }
    .frame ul {
      padding-left: 1.1em;
    }
    .frame .after-parts {
      margin: 0 0 2mm;
      padding-left: 1.3em;
    }
    /* The aftercare picture takes the page's width: in a column its words and numbers printed at about 4 pt. */
    .frame.after svg {
      width: 62mm;
      height: auto;
    }
    /* A patient reads the handout at home, often without glasses to hand: larger type on a narrower picture, over
       up to two pages (a clinician's fits one). */
    .storyboard.patient {
      font-size: 10.5pt;
      line-height: 1.35;
    }
    .storyboard.patient .frame {
      grid-template-columns: 38mm minmax(0, 1fr);
    }
    .storyboard.patient .frame-picture svg.scene {
      width: 38mm;
      height: 37mm;
    }
    .storyboard.patient .frame h2 {
      font-size: 11.5pt;
    }
    .storyboard .frame.after {
      grid-column: 1 / -1;
      grid-template-columns: 62mm minmax(0, 1fr);
    }
    .frame.after .aftercare-picture .side,
    .frame.after .aftercare-picture .marker text {
      font-size: 16px;
    }
    .frame.after .aftercare-picture .marker circle {
      r: 12px;
    }
    .handout-source {
      margin: 3mm 0 0;
      font-size: 7pt;
      color: #333;
      overflow-wrap: anywhere;
    }
  }
`;
