import { css } from 'lit';

/**
 * Fluoroscopy: an X-ray shows density, not colour (composition, art direction). Contrast, metal and bone are dark,
 * soft tissue mid-grey, gas and lung light. Every colour variable turns grey here, so no coloured edge can remain;
 * the doubled class outranks the illustration's tone rules.
 */
export const fluoroscopy = css`
  .view-fluoroscopy {
    --li-liver: #8c8c8c;
    --li-segment: #8c8c8c;
    --li-bile: #8c8c8c;
    --li-gallbladder: #8c8c8c;
    --li-portal: #8c8c8c;
    --li-artery: #8c8c8c;
    --li-vein: #8c8c8c;
    --li-pancreas: #8c8c8c;
    --li-duodenum: #8c8c8c;
    --li-stomach: #8c8c8c;
    --li-diaphragm: #8c8c8c;
    --li-ligament: #8c8c8c;
    --li-skin: #8c8c8c;
    --li-reference: #8c8c8c;
    --li-lesion: #8c8c8c;
    --li-bile-fluid: #8c8c8c;
    --li-bone: #3c3c3c;
    --li-cartilage: #8c8c8c;
    --li-lung: #ededed;
    --li-pleura: #dcdcdc;
    --li-contrast: #505050;
    --li-metal: #050505;
    --li-stent: #050505;
    --li-stent-second: #050505;
    --li-wire: #101010;
    --li-device: #1e1e1e;
    --li-hub: #303030;
    --li-catheter: #767676;
    --li-probe: #555555;
    --li-highlight: #000000;
    --li-ink: #111111;
    --li-surface: #a4a4a4;
    background: #a4a4a4;
  }
  .view-fluoroscopy.view-fluoroscopy .layer path.body,
  .view-fluoroscopy.view-fluoroscopy .layer path.casing {
    fill: transparent;
    stroke: transparent;
  }
  /*
   * Soft tissue: an X-ray draws no organ edges. The liver is at most a faint, soft-edged shadow; the pancreas and the
   * duodenal wall do not show at all.
   */
  .view-fluoroscopy.view-fluoroscopy .layer-liver path.tone-liver.body {
    fill: rgba(0, 0, 0, 0.035);
    stroke: none;
    filter: blur(8px);
  }
  /*
   * Bowel gas is patchy and moves: a lucency the shape of the whole duodenal loop reads as an organ outline, which
   * a film never shows. The loop draws nothing until contrast fills it.
   */
  .view-fluoroscopy.view-fluoroscopy .layer-duodenum path.tone-duodenum.casing {
    fill: transparent;
    stroke: none;
  }
  /* Nothing is "behind" on a film: every shadow adds up, so no outline is dashed. */
  .view-fluoroscopy.view-fluoroscopy .layer path {
    stroke-dasharray: none;
  }
  .view-fluoroscopy.view-fluoroscopy .layer path.tone-pancreas,
  .view-fluoroscopy.view-fluoroscopy .layer path.paint-fill.tone-duodenum {
    fill: transparent;
    stroke: transparent;
  }
  .view-fluoroscopy.view-fluoroscopy .layer-lung path.body {
    fill: rgba(255, 255, 255, 0.45);
    stroke: rgba(255, 255, 255, 0.6);
  }
  /*
   * Bone: a denser shadow with a thin, slightly darker cortex, always fainter than contrast in a duct. The spine's
   * end-plates and pedicle rings are soft lines; the sternum barely shows through the spine on a frontal film.
   */
  .view-fluoroscopy.view-fluoroscopy .layer-wall path.tone-bone,
  .view-fluoroscopy.view-fluoroscopy .layer-spine path.tone-bone {
    fill: rgba(0, 0, 0, 0.12);
    stroke: rgba(0, 0, 0, 0.22);
    stroke-width: 1px;
  }
  .view-fluoroscopy.view-fluoroscopy .layer-spine path.tone-bone.paint-line {
    fill: none;
    stroke: rgba(0, 0, 0, 0.2);
    stroke-width: 2px;
  }
  .view-fluoroscopy.view-fluoroscopy .layer-wall path.tone-bone.paint-fill {
    fill: rgba(0, 0, 0, 0.05);
    stroke: rgba(0, 0, 0, 0.08);
  }
  .view-fluoroscopy.view-fluoroscopy .layer-spine {
    filter: blur(0.6px);
  }
  .view-fluoroscopy.view-fluoroscopy .layer path.paint-contrast,
  .view-fluoroscopy.view-fluoroscopy .layer path.paint-puff {
    fill: var(--li-contrast);
    stroke: none;
  }
  /*
   * Most gallstones do not show on a plain film: in contrast each is a lucent filling defect, as light as the soft
   * tissue round the gallbladder, and without contrast it does not show at all.
   */
  .view-fluoroscopy.view-fluoroscopy .layer path.paint-stone {
    fill: var(--li-surface);
    stroke: none;
  }
  /*
   * Bowel contrast is a thin film mixed with the gut's fluid and coating its folds, not a column as deep as a
   * dilated duct: about half the duct's density (the ducts stay darkest), translucent so it adds to what lies
   * under it, the folds crossing it as lucent lines.
   */
  .view-fluoroscopy.view-fluoroscopy .layer path.paint-contrast.tone-duodenum {
    fill: rgba(0, 0, 0, 0.32);
  }
  .view-fluoroscopy.view-fluoroscopy .layer path.paint-folds {
    stroke: rgba(255, 255, 255, 0.32);
    stroke-width: 1.5px;
  }
  /*
   * The entry is planned on the skin with a radiopaque marker (a metal pointer tip): where the step draws the entry,
   * it shows as a dense ring. The mid-axillary line is not on a film: its label goes.
   */
  .view-fluoroscopy.view-fluoroscopy .layer-markers path.paint-dot[data-id$='-entry'] {
    fill: none;
    stroke: #111111;
    stroke-width: 2px;
  }
  .view-fluoroscopy .label[data-id='mid-axillary-line'] {
    display: none;
  }
  /* Measurement brackets are annotations, not anatomy: light on the grey film, like the labels. */
  .view-fluoroscopy.view-fluoroscopy .layer path.paint-measure,
  .view-fluoroscopy.view-fluoroscopy .layer path.paint-measure-margin {
    fill: none;
    stroke: #ffffff;
  }
  .view-fluoroscopy .label.kind-organ,
  .view-fluoroscopy .label.kind-vessel,
  .view-fluoroscopy .label.is-unfilled,
  .view-fluoroscopy .paint-lesion,
  .view-fluoroscopy .paint-scar,
  .view-fluoroscopy .paint-overlay,
  .view-fluoroscopy .dev-flow,
  .view-fluoroscopy .dev-beam,
  .view-fluoroscopy .dev-scan-line {
    display: none;
  }
  /* A side hole is a tiny gap in the faint catheter wall: a lucency, never a dense dot. */
  .view-fluoroscopy .dev-holes {
    fill: rgba(255, 255, 255, 0.4);
    stroke: none;
  }
  /*
   * Plastic is barely radiopaque: a catheter is a faint tube with a lucent lumen, and contrast around and
   * under it still shows (X-ray densities add up). Metal, wires and marker bands are darkest.
   */
  /*
   * The tube outside the skin is the same catheter as inside: the same walls and lumen. Plastic without contrast in
   * it, its walls are a step lighter than a contrast-filled duct. They are a translucent mid-grey, darker than
   * tissue and lighter than contrast: a catheter lying in a contrast-filled duct keeps its edges there (it displaces
   * the contrast) instead of merging with the rim of contrast around it into one wider band, so the same catheter
   * reads as wide wherever it lies (review, round 8: the hilar IV drains looked 1.5× apart).
   */
  .view-fluoroscopy .dev-casing,
  .view-fluoroscopy .dev-tubing {
    stroke: rgba(110, 110, 110, 0.7);
  }
  .view-fluoroscopy .dev-core {
    stroke: transparent;
  }
  /*
   * Two grey walls either side of a lighter lumen: a catheter, even where it curls over dense contrast. The lumen
   * stays darker than the soft tissue round it (a radiopaque tube): lighter, it read as a gas-filled one.
   */
  .view-fluoroscopy .dev-lumen {
    display: inline;
    stroke: rgba(255, 255, 255, 0.15);
  }
  .view-fluoroscopy .dev-sheath,
  .view-fluoroscopy .dev-plastic {
    stroke: rgba(255, 255, 255, 0.2);
  }
  /* A guidewire is a thin, sharp black line, finer than any catheter; a 22G needle a fine line with a bevel tick. */
  .view-fluoroscopy .dev-wire-casing {
    stroke: transparent;
  }
  .view-fluoroscopy .dev-wire {
    stroke: #000000;
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .view-fluoroscopy .dev-metal {
    stroke-width: 2.5px;
    vector-effect: non-scaling-stroke;
  }
  .view-fluoroscopy .dev-bevel {
    fill: none;
    stroke: var(--li-metal);
    stroke-width: 1.5px;
    vector-effect: non-scaling-stroke;
  }
  /*
   * Contrast is a mid-dark grey, and bile flowing through an open stent washes it out of the stented stretch first:
   * the black metal reads on a lighter lumen, not black on near-black. The washout fades in from the stent's ends.
   */
  .view-fluoroscopy .dev-stent-edge {
    display: none;
  }
  .view-fluoroscopy .dev-stent-body {
    fill: transparent;
  }
  .view-fluoroscopy .dev-washout {
    fill: #ffffff;
    stroke: none;
  }
  .view-fluoroscopy .dev-shine {
    display: none;
  }
  .view-fluoroscopy .dev-balloon {
    fill: rgba(20, 20, 20, 0.55);
    stroke: #111111;
  }
  .view-fluoroscopy [data-device^='stent'].dev-casing,
  .view-fluoroscopy .dev-flaps {
    stroke: rgba(30, 30, 30, 0.45);
    fill: rgba(30, 30, 30, 0.25);
  }
  .view-fluoroscopy .dev-halo {
    stroke: rgba(255, 255, 255, 0.3);
  }
  .view-fluoroscopy .dev-dressing {
    display: none;
  }
  .view-fluoroscopy .dev-bag,
  .view-fluoroscopy .dev-bile,
  .view-fluoroscopy .dev-hub {
    opacity: 0.25;
  }
  .view-fluoroscopy .label text {
    fill: #ffffff;
    stroke: #222222;
  }
  .view-fluoroscopy .label .leader {
    stroke: #ffffff;
  }
  .view-fluoroscopy .label .leader-casing {
    stroke: #222222;
  }
`;
