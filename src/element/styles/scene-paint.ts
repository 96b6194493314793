import { css } from 'lit';

/**
 * Scene paint: each tone class maps one --li-* colour to --c, which the paint classes mix into fills and edges.
 * A patient sees the dye as a deep blue, at least 3:1 against the undyed green ducts: the step is about the dye
 * filling one tube, so it must stand out (review B8).
 */
export const scenePaint = css`
  .tone-liver,
  .tone-segment {
    --c: var(--li-liver);
  }
  .tone-bile {
    --c: var(--li-bile);
  }
  .tone-gallbladder {
    --c: var(--li-gallbladder);
  }
  .tone-portal {
    --c: var(--li-portal);
  }
  .tone-artery {
    --c: var(--li-artery);
  }
  .tone-vein {
    --c: var(--li-vein);
  }
  .tone-pancreas {
    --c: var(--li-pancreas);
  }
  .tone-duodenum {
    --c: var(--li-duodenum);
  }
  .tone-stomach {
    --c: var(--li-stomach);
  }
  .tone-bone {
    --c: var(--li-bone);
  }
  .tone-cartilage {
    --c: var(--li-cartilage);
  }
  .tone-lung,
  .tone-pleura {
    --c: var(--li-lung);
  }
  .tone-diaphragm {
    --c: var(--li-diaphragm);
  }
  .tone-ligament {
    --c: var(--li-ligament);
  }
  .tone-skin {
    --c: var(--li-skin);
  }
  .tone-reference {
    --c: var(--li-reference);
  }

  path {
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .paint-tube.casing {
    fill: var(--c);
    stroke: color-mix(in srgb, var(--c) 80%, black);
    stroke-width: 1.6px;
  }
  .paint-tube.body {
    fill: color-mix(in srgb, var(--c) 62%, var(--li-tint));
    stroke: none;
  }
  .paint-tube.casing.behind {
    stroke-dasharray: 4 3;
    fill: color-mix(in srgb, var(--c) 40%, var(--li-tint));
  }
  .paint-tube.body.behind {
    fill: color-mix(in srgb, var(--c) 35%, var(--li-tint));
  }
  /* In a drawing under 500 px wide a dashed duct edge breaks into beads (a hairy duct): there it is a solid thin line. */
  @container (max-width: 500px) {
    .paint-tube.casing.behind {
      stroke-dasharray: none;
      stroke-width: 1px;
    }
  }
  /*
   * A patient's drawing and the printed panels: at their sizes a dashed edge on a filled duct reads as beading (a
   * diseased duct), so a duct behind keeps the small drawing's solid thin edge and is told by a lighter fill.
   */
  :host([audience='patient']) .view-illustration .paint-tube.casing.behind:not(.tone-vein, .tone-artery),
  .handout .view-illustration .paint-tube.casing.behind:not(.tone-vein, .tone-artery) {
    stroke-dasharray: none;
    stroke-width: 1px;
  }
  .paint-fill {
    fill: color-mix(in srgb, var(--c) 22%, transparent);
    stroke: color-mix(in srgb, var(--c) 85%, black);
    stroke-width: 1.2px;
  }
  .paint-fill.behind {
    fill: color-mix(in srgb, var(--c) 6%, transparent);
    stroke-dasharray: 4 3;
    stroke-width: 1px;
  }
  .tone-liver.paint-fill {
    fill: color-mix(in srgb, var(--c) 26%, var(--li-liver-tint));
    stroke-width: 1.8px;
  }
  .tone-segment.paint-fill {
    fill: transparent;
    stroke: color-mix(in srgb, var(--c) 28%, transparent);
    stroke-width: 0.8px;
  }
  .tone-gallbladder.paint-fill {
    fill: color-mix(in srgb, var(--c) 45%, var(--li-tint));
  }
  /* The duodenum lies in front of the distal bile duct: translucent as a whole. */
  .layer-duodenum {
    opacity: 0.6;
  }
  .tone-duodenum.paint-tube.body {
    fill: color-mix(in srgb, var(--c) 38%, var(--li-tint));
  }
  .tone-pancreas.paint-fill {
    fill: color-mix(in srgb, var(--c) 32%, var(--li-tint));
  }
  .tone-bone.paint-fill,
  .tone-cartilage.paint-fill,
  .paint-band {
    fill: color-mix(in srgb, var(--c) 8%, transparent);
    stroke: color-mix(in srgb, var(--c) 55%, transparent);
    stroke-width: 1px;
  }
  .tone-cartilage.paint-band {
    fill: color-mix(in srgb, var(--c) 5%, transparent);
    stroke-width: 0.8px;
  }
  .paint-band.behind {
    stroke-dasharray: 4 3;
    fill: none;
  }
  .tone-lung.paint-fill {
    fill: color-mix(in srgb, var(--c) 16%, transparent);
    stroke: color-mix(in srgb, var(--c) 45%, transparent);
  }
  .tone-pleura.paint-fill {
    fill: color-mix(in srgb, var(--c) 24%, transparent);
  }
  .tone-diaphragm.paint-fill {
    fill: color-mix(in srgb, var(--c) 30%, transparent);
    stroke: color-mix(in srgb, var(--c) 60%, transparent);
    stroke-width: 0.8px;
  }
  /* The spine is context in the illustration: soft bodies with a faint edge, never a wireframe. */
  .layer-spine path.paint-fill {
    fill: color-mix(in srgb, var(--c) 9%, transparent);
    stroke: color-mix(in srgb, var(--c) 22%, transparent);
    stroke-width: 0.8px;
  }
  .tone-skin.paint-fill {
    fill: color-mix(in srgb, var(--c) 7%, transparent);
    stroke: color-mix(in srgb, var(--c) 55%, transparent);
    stroke-width: 1px;
  }
  /* IVC and aorta lie behind the liver: a dashed outline drawn over it, nearly no fill (dashed = behind). */
  .tone-vein.paint-tube.casing.behind,
  .tone-artery.paint-tube.casing.behind {
    fill: color-mix(in srgb, var(--c) 5%, transparent);
    stroke: color-mix(in srgb, var(--c) 50%, transparent);
    stroke-width: 1px;
  }
  .tone-vein.paint-tube.body.behind,
  .tone-artery.paint-tube.body.behind {
    fill: none;
  }
  .paint-line {
    fill: none;
    stroke: color-mix(in srgb, var(--c) 80%, transparent);
    stroke-width: 1.2px;
  }
  .paint-line.behind {
    stroke-dasharray: 4 3;
  }
  .tone-reference.paint-line {
    stroke-width: 1px;
  }
  .tone-skin.paint-line {
    stroke-width: 2px;
  }
  /* Landmark dots are hollow, so the papilla never reads as bile getting past a block. */
  .paint-dot {
    fill: var(--li-surface);
    stroke: var(--li-ink);
    stroke-width: 1.2px;
  }
  .is-active.paint-fill,
  .is-active.paint-tube.casing,
  .is-active.paint-band,
  .is-active.paint-line,
  .is-active.paint-dot {
    stroke: var(--li-highlight);
    stroke-width: 3px;
  }

  /* Opaque, so overlapping duct ends never darken into false filling defects. */
  .paint-contrast {
    fill: var(--li-contrast);
  }
  /* In the bowel, contrast mixes with its fluid: a lighter tint fills the lumen (the X-ray view has its own density). */
  .paint-contrast.tone-duodenum {
    fill: color-mix(in srgb, var(--li-contrast) 50%, var(--li-tint));
  }
  /*
   * Contrast leaving a device's mouth: a soft cloud, not a shape. Its nested layers carry the density (densest at the
   * tip, a faint outer veil); the blur melts their steps and the outer edge into the bowel's coat.
   */
  .paint-puff {
    fill: var(--li-contrast);
    stroke: none;
    filter: blur(1.6px);
  }
  /*
   * Acute cholecystitis: the lumen paler than the organ's fill, so the thick wall reads as the darker band round it,
   * and the fluid beside the fundus a pale blue crescent.
   */
  .layer path.paint-lumen {
    fill: color-mix(in srgb, var(--c) 30%, var(--li-tint));
    stroke: color-mix(in srgb, var(--c) 70%, var(--li-tint));
    stroke-width: 0.8px;
    vector-effect: non-scaling-stroke;
  }
  .layer path.paint-fluid {
    fill: var(--li-fluid);
    fill-opacity: 0.6;
    stroke: none;
  }
  /* Gallstones: pale yellow pebbles with a dark rim, over the bile and any contrast round them. */
  .layer path.paint-stone {
    fill: var(--li-stone);
    stroke: var(--li-stone-edge);
    stroke-width: 1.2px;
    vector-effect: non-scaling-stroke;
  }
  /* A filled bowel's circular folds: thin lucent lines across its contrast. */
  .paint-folds {
    fill: none;
    stroke: var(--li-tint);
    stroke-width: 1px;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  /*
   * The illustration shows contrast as a dark blue-grey laid about two thirds strong over the green duct, so the
   * wall, a wire and the white or gold devices inside stay readable (the X-ray view keeps it near black). It is
   * mixed, not translucent, so overlapping duct ends never darken into false filling defects. In the bowel it is
   * gut contents, not a duct: a coat of contrast over the lumen (below), no edge of its own.
   */
  :host(:not([theme='high-contrast'])) .view-illustration .paint-contrast {
    fill: color-mix(in srgb, var(--li-contrast) 66%, color-mix(in srgb, var(--c) 62%, var(--li-tint)));
  }
  /* The puff in the ducts' own contrast colour: its layers never add up to more than the ducts' density. */
  :host(:not([theme='high-contrast'])) .view-illustration .paint-puff {
    fill: color-mix(in srgb, var(--li-contrast) 66%, color-mix(in srgb, var(--li-bile) 62%, var(--li-tint)));
  }
  /*
   * The bowel's coat is contrast, not gut (review, round 8: D2–D3 still read mauve after contrast had flowed in): the
   * contrast's own blue-grey, half strong, with only a trace of the bowel's pink, lighter than the ducts' column.
   * Its circular folds cross it as lucent lines, as on the film: contrast coating the folds.
   */
  :host(:not([theme='high-contrast'])) .view-illustration .paint-contrast.tone-duodenum {
    fill: color-mix(in srgb, var(--li-contrast) 50%, color-mix(in srgb, var(--li-duodenum) 12%, var(--li-tint)));
    stroke: none;
  }
  :host(:not([theme='high-contrast'])) .view-illustration .paint-folds {
    stroke: color-mix(in srgb, var(--li-tint) 85%, var(--li-contrast));
    stroke-width: 1.2px;
  }
  :host([audience='patient']:not([theme='high-contrast'])) .view-illustration .paint-contrast:not(.tone-duodenum) {
    fill: color-mix(in srgb, var(--li-contrast) 80%, #4a86c0);
  }
  :host(:not([theme='high-contrast'])) .handout .view-illustration .paint-contrast.behind:not(.tone-duodenum) {
    fill: color-mix(in srgb, var(--li-contrast) 40%, color-mix(in srgb, var(--c) 40%, var(--li-tint)));
  }
  :host([audience='patient']:not([theme='high-contrast']))
    .view-illustration
    .paint-contrast.behind:not(.tone-duodenum) {
    fill: color-mix(in srgb, var(--li-contrast) 75%, #6a9ccc);
  }
  .is-dim {
    opacity: 0.3;
  }
  .is-highlight.paint-tube.casing,
  .is-highlight.paint-fill {
    stroke: var(--li-highlight);
    stroke-width: 2.5px;
  }

  /*
   * A step shows what it is about: what plays no part fades, and vessels that play no part lose their colour.
   * Hovering or focusing a faded structure brings it back (a class toggle, the drawing is not built again).
   */
  .is-faded:not(.is-active) {
    opacity: 0.4;
  }
  .is-faded.tone-portal:not(.is-active) {
    --c: color-mix(in srgb, var(--li-portal) 35%, var(--li-muted));
  }
  .is-faded.tone-artery:not(.is-active) {
    --c: color-mix(in srgb, var(--li-artery) 35%, var(--li-muted));
  }
  .is-faded.tone-vein:not(.is-active) {
    --c: color-mix(in srgb, var(--li-vein) 35%, var(--li-muted));
  }
  /*
   * No veils over the ducts where devices work: during a procedure the duodenum is an outline with a faint fill,
   * and the pancreas in front of the intrapancreatic duct only a trace.
   */
  .quiet .layer-duodenum {
    opacity: 1;
  }
  .quiet .tone-duodenum.paint-tube.casing {
    fill: color-mix(in srgb, var(--c) 24%, transparent);
    stroke: color-mix(in srgb, var(--c) 85%, black);
  }
  .quiet .tone-duodenum.paint-tube.body {
    fill: none;
  }
  /*
   * Already only an outline with a faint fill, the duodenum a step fades keeps most of it: at the usual fade it was
   * gone on a projector, and the papilla and a drain's end sat in no bowel at all (review round 8, N2).
   */
  .quiet .is-faded.tone-duodenum.paint-tube:not(.is-active) {
    opacity: 0.75;
  }
  /* A Roux limb lies in front of the faded duodenum and pancreatic head: drawn solid over them. */
  .quiet [data-id='roux-limb'].paint-tube.casing,
  .quiet [data-id='jejunojejunostomy'].paint-tube.casing {
    fill: color-mix(in srgb, var(--c) 34%, var(--li-tint));
  }
  .quiet .paint-overlay {
    fill: color-mix(in srgb, var(--c) 10%, transparent);
  }

  /* During a procedure the arteries and cartilages step back (composition §15); ribs keep full strength. */
  .quiet .layer-arteries,
  .quiet .layer-wall .paint-band:not(.tone-bone) {
    opacity: 0.5;
  }
  .paint-overlay {
    fill: color-mix(in srgb, var(--c) 25%, transparent);
    stroke: none;
  }
`;
