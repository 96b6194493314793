import { css } from 'lit';

/** Dark tokens: tissue fills mix toward a dark tint, and contrast medium turns bright so filled ducts still read. */
const darkTokens = css`
  --li-liver: #c96a55;
  --li-segment: #c96a55;
  --li-bile: #4cbf70;
  --li-gallbladder: #5cc47a;
  --li-portal: #9a86e0;
  --li-artery: #ea5c52;
  --li-vein: #7d96dc;
  --li-pancreas: #e0b055;
  /* Lighter than the gland (≥ 3:1 against the pancreas), never brighter than the contrast in the bile ducts. */
  --li-pancreatic-duct: #d2bc8c;
  --li-duodenum: #e08ea6;
  --li-stomach: #d996ab;
  --li-bone: #a3acb7;
  --li-cartilage: #b2bac4;
  --li-ligament: #c98a7a;
  --li-skin: #c99a7e;
  --li-reference: #a6b0bc;
  --li-device: #dbe2e9;
  --li-metal: #aeb8c3;
  --li-contrast: #f1f5f9;
  /* Struts on the bright contrast: a dark steel, or the wire vanishes into the lumen it holds open. */
  --li-stent: #2c3743;
  --li-stent-second: #1d4a80;
  --li-stent-edge: #e6ecf2;
  --li-lesion: #e07a4f;
  --li-highlight: #9cc2ff;
  --li-ink: #edf1f5;
  --li-muted: #b4bdc7;
  --li-surface: #101418;
  --li-tint: #161b20;
  --li-liver-tint: #23191a;
  --li-panel: #1d242b;
  --li-focus: #8ab4ff;
`;

/**
 * The `theme` attribute: `dark` (also with no theme when the system prefers
 * dark), `projector` (contrast ≥ 7:1, thicker outlines, larger text) and
 * `high-contrast` (black on white, every outline solid black).
 *
 * The projector's side marks and scale bar grow with the widget (25 px at 1920), for the back row.
 */
export const themes = css`
  :host([theme='dark']) {
    ${darkTokens}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme])) {
      ${darkTokens}
      color-scheme: dark;
    }
  }

  :host([theme='projector']) {
    --li-ink: #000000;
    --li-muted: #262626;
    --li-panel: #eef1f4;
    --li-focus: #0037a3;
    --li-highlight: #0037a3;
    --li-contrast: #0d131a;
  }
  :host([theme='projector']) .caption h2 {
    font-size: clamp(20px, 2.4cqi, 34px);
  }
  :host([theme='projector']) .text {
    --body-size: clamp(18px, 1.9cqi, 28px);
  }
  /* Never smaller than the default theme's controls, which grow with the widget (1cqi, up to 22 px). */
  :host([theme='projector']) .sides,
  :host([theme='projector']) button:not(.step),
  :host([theme='projector']) select,
  :host([theme='projector']) .counter,
  :host([theme='projector']) .speed {
    font-size: clamp(17px, 1.1cqi, 24px);
    color: var(--li-ink);
  }
  :host([theme='projector']) button:not(.step),
  :host([theme='projector']) select {
    border: 2px solid var(--li-ink);
  }
  :host([theme='projector']) button[aria-pressed='true'] {
    color: var(--li-surface);
  }
  :host([theme='projector']) figure {
    --sides-size: clamp(18px, 1.3cqi, 30px);
  }
  :host([theme='projector']) .sides {
    font-size: var(--sides-size);
    font-weight: 600;
  }
  :host([theme='projector']) .scalebar .bar {
    height: 0.35em;
    border-width: 0 3px 3px;
    border-color: var(--li-ink);
  }
  /*
   * Organ outlines get heavier; the spine, chest wall, segment lines and what lies behind (dashed IVC, aorta,
   * caudate) stay quiet context, never black wireframes or dark guide lines.
   */
  :host([theme='projector']) .paint-tube.casing:not(.behind),
  :host([theme='projector']) .paint-fill:not(.tone-bone, .tone-cartilage, .tone-segment, .behind) {
    stroke: color-mix(in srgb, var(--c) 40%, black);
    stroke-width: 2.6px;
  }
  :host([theme='projector']) .paint-line {
    stroke-width: 2px;
  }
  :host([theme='projector']) .label text {
    fill: #000;
    stroke-width: 4px;
  }
  :host([theme='projector']) .label .leader {
    stroke-width: 1.6px;
    opacity: 1;
  }
  :host([theme='projector']) .label .leader-casing {
    stroke-width: 3px;
  }

  :host([theme='high-contrast']) {
    --li-ink: #000000;
    --li-muted: #000000;
    --li-surface: #ffffff;
    --li-tint: #ffffff;
    --li-liver-tint: #ffffff;
    --li-panel: #ffffff;
    --li-focus: #0000c8;
    --li-highlight: #0000c8;
    --li-contrast: #000000;
    --li-device: #000000;
  }
  :host([theme='high-contrast']) button,
  :host([theme='high-contrast']) select {
    border: 2px solid #000;
  }
  /* Organ, vessel and duct outlines go solid black; the body wall, ribs and segment lines stay quiet context. */
  :host([theme='high-contrast']) .paint-tube.casing,
  :host([theme='high-contrast'])
    .paint-fill:not(.tone-bone, .tone-cartilage, .tone-skin, .tone-lung, .tone-pleura, .tone-diaphragm, .tone-segment) {
    stroke: #000;
    stroke-width: 2px;
  }
  :host([theme='high-contrast']) .label text {
    fill: #000;
    stroke: #fff;
    stroke-width: 4px;
  }
  :host([theme='high-contrast']) .label .leader {
    opacity: 1;
  }
  :host([theme='high-contrast']) .quiet .layer-arteries,
  :host([theme='high-contrast']) .quiet .layer-wall .paint-band {
    opacity: 1;
  }
`;
