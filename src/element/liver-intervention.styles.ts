import { css } from 'lit';

/**
 * Colours come only from --li-* custom properties; each tone class maps one
 * of them to --c, which the paint classes mix into fills and edges.
 */
export const styles = css`
  :host {
    --li-liver: #a8513f;
    --li-segment: #a8513f;
    --li-bile: #2f8f4e;
    --li-gallbladder: #3f9a57;
    --li-portal: #6a55b0;
    --li-artery: #cf3b33;
    --li-vein: #4f67a8;
    --li-pancreas: #d9a441;
    --li-duodenum: #d77f98;
    --li-stomach: #c9849a;
    --li-bone: #7c8592;
    --li-cartilage: #9aa3ad;
    --li-lung: #6fa3d6;
    --li-pleura: #6fa3d6;
    --li-diaphragm: #c77b66;
    --li-ligament: #8a4a3c;
    --li-skin: #b07f63;
    --li-reference: #6b7785;
    --li-device: #2b3440;
    --li-wire: #f6e7a1;
    --li-stent: #dfe6ee;
    --li-metal: #5f6b78;
    --li-hub: #3f7cc4;
    --li-catheter: #f3f0e6;
    --li-contrast: #1f2a36;
    --li-lesion: #a8431b;
    --li-bile-fluid: #d4920f;
    --li-pancreatic-duct: #8a6a3c;
    --li-probe: #6f7f90;
    --li-beam: #3a8fd6;
    --li-highlight: #0b57d0;
    --li-ink: #1d2630;
    --li-muted: #56606b;
    --li-surface: #ffffff;
    --li-panel: #f4f6f8;
    --li-focus: #1a66d2;
    --li-font: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    display: block;
    position: relative;
    color: var(--li-ink);
    background: var(--li-surface);
    font-family: var(--li-font);
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  figure {
    margin: 0;
  }
  .stage {
    position: relative;
    aspect-ratio: 770 / 750;
    width: 100%;
    /* Big screens: keep the controls in view; the drawing letterboxes. */
    max-height: 78vh;
    touch-action: pan-y pinch-zoom;
  }
  .stage > svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: hidden;
  }
  .sides {
    display: flex;
    justify-content: space-between;
    font-size: 12px;
    color: var(--li-muted);
    padding: 2px 4px 0;
  }
  .scalebar {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .scalebar span {
    display: inline-block;
    height: 4px;
    border: 1px solid var(--li-muted);
    border-top: 0;
  }

  /* Scene paint. */
  .tone-liver,
  .tone-segment {
    --c: var(--li-liver);
  }
  .tone-bile {
    --c: var(--li-bile);
  }
  .tone-pancreatic-duct {
    --c: var(--li-pancreatic-duct);
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
    fill: color-mix(in srgb, var(--c) 62%, white);
    stroke: none;
  }
  .paint-tube.casing.behind {
    stroke-dasharray: 4 3;
    fill: color-mix(in srgb, var(--c) 40%, white);
  }
  .paint-tube.body.behind {
    fill: color-mix(in srgb, var(--c) 35%, white);
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
    fill: color-mix(in srgb, var(--c) 26%, #fff4ee);
    stroke-width: 1.8px;
  }
  .tone-segment.paint-fill {
    fill: transparent;
    stroke: color-mix(in srgb, var(--c) 28%, transparent);
    stroke-width: 0.8px;
  }
  .tone-gallbladder.paint-fill {
    fill: color-mix(in srgb, var(--c) 45%, white);
  }
  /* The duodenum lies in front of the distal bile duct: translucent as a whole. */
  .layer-duodenum {
    opacity: 0.6;
  }
  .tone-duodenum.paint-tube.body {
    fill: color-mix(in srgb, var(--c) 38%, white);
  }
  .tone-pancreas.paint-fill {
    fill: color-mix(in srgb, var(--c) 32%, white);
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
  /* Issue 8: the diaphragm is a muscle band over both domes; ribs have solid outlines. */
  .tone-diaphragm.paint-band {
    fill: color-mix(in srgb, var(--c) 38%, transparent);
    stroke: color-mix(in srgb, var(--c) 75%, transparent);
    stroke-width: 1px;
  }
  .tone-bone.paint-band:not(.behind) {
    fill: color-mix(in srgb, var(--c) 10%, transparent);
    stroke: color-mix(in srgb, var(--c) 80%, transparent);
    stroke-width: 1.3px;
  }
  .layer-spine path.paint-fill {
    fill: none;
    stroke: color-mix(in srgb, var(--c) 35%, transparent);
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
  /* Issue 8 shapes: the papilla is a mound on the D2 wall, a little darker than the bowel. */
  .paint-mound {
    fill: color-mix(in srgb, var(--c) 70%, var(--li-ink) 10%);
    stroke: color-mix(in srgb, var(--c) 60%, var(--li-ink));
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  /* A direction, not a path: a solid arrow (toward T12 at the needle hub). */
  .paint-arrow {
    fill: none;
    stroke: var(--li-ink);
    stroke-width: 2px;
    stroke-linecap: round;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .is-active.paint-mound {
    stroke: var(--li-highlight);
    stroke-width: 2.5px;
  }
  .is-active.paint-dot {
    stroke: var(--li-highlight);
    stroke-width: 3px;
  }

  /* Opaque, so overlapping duct ends never darken into false filling defects. */
  .paint-contrast {
    fill: var(--li-contrast);
  }
  /* Tumour: one mass, filled by the scene's radial gradient (render-scene); the fading rim is its edge. */
  .paint-lesion {
    stroke: none;
  }
  .lesion-glow .core {
    stop-color: color-mix(in srgb, var(--li-lesion) 70%, transparent);
  }
  .lesion-glow .mid {
    stop-color: color-mix(in srgb, var(--li-lesion) 45%, transparent);
  }
  .lesion-glow .rim {
    stop-color: color-mix(in srgb, var(--li-lesion) 18%, transparent);
  }
  .is-dim {
    opacity: 0.3;
  }
  .is-highlight.paint-tube.casing,
  .is-highlight.paint-fill {
    stroke: var(--li-highlight);
    stroke-width: 2.5px;
  }

  /* Devices: widths are true scale, so strokes scale with the drawing. */
  .dev {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
    vector-effect: none;
  }
  .dev-metal {
    stroke: var(--li-metal);
    stroke-linecap: butt;
  }
  .dev-bevel {
    fill: var(--li-metal);
  }
  .dev-hub {
    stroke: var(--li-hub);
    stroke-linecap: butt;
  }
  .dev-wire-casing {
    stroke: var(--li-device);
  }
  .dev-wire {
    stroke: var(--li-wire);
  }
  .dev-casing {
    stroke: var(--li-device);
  }
  .dev-core {
    stroke: var(--li-catheter);
  }
  .dev-marker {
    fill: var(--li-device);
  }
  /* Side holes: small dark dots (art direction). */
  .dev-holes {
    fill: var(--li-device);
    stroke: none;
  }
  .dev-tubing {
    stroke: color-mix(in srgb, var(--li-catheter) 80%, var(--li-device));
  }
  .dev-bag {
    fill: color-mix(in srgb, var(--li-surface) 70%, transparent);
    stroke: var(--li-device);
    stroke-width: 1.2px;
    vector-effect: non-scaling-stroke;
  }
  .dev-bile {
    fill: var(--li-bile-fluid);
  }
  .dev-flow {
    stroke: var(--li-bile-fluid);
    stroke-dasharray: 7 15;
    stroke-linecap: round;
  }
  .dev-probe {
    fill: var(--li-probe);
    stroke: var(--li-device);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .dev-cable {
    stroke: var(--li-device);
    fill: none;
  }
  .dev-beam {
    fill: color-mix(in srgb, var(--li-beam) 30%, transparent);
    stroke: color-mix(in srgb, var(--li-beam) 55%, transparent);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }

  .dev-balloon {
    fill: color-mix(in srgb, var(--li-contrast) 30%, white);
    stroke: var(--li-device);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
    opacity: 0.92;
  }
  .dev-stent-body {
    fill: color-mix(in srgb, var(--li-stent) 22%, transparent);
    stroke: var(--li-stent);
    stroke-width: 0.8px;
    vector-effect: non-scaling-stroke;
  }
  .dev-stent-wire {
    fill: none;
    stroke: var(--li-stent);
    stroke-width: 1.3px;
    vector-effect: non-scaling-stroke;
  }
  .dev-cap {
    fill: var(--li-device);
  }
  .dev-flaps {
    fill: var(--li-catheter);
    stroke: var(--li-device);
    stroke-width: 0.8px;
    vector-effect: non-scaling-stroke;
  }
  /* Dotted = planned path (composition §15): round dots every 3.5 px. */
  .paint-planned {
    fill: none;
    stroke: var(--li-ink);
    stroke-width: 2px;
    stroke-linecap: round;
    stroke-dasharray: 0.1 3.5;
  }
  .paint-scar {
    fill: none;
    stroke: var(--li-lesion);
    stroke-width: 2px;
    stroke-dasharray: 2 3;
  }

  /* During a procedure the supporting layers step back (composition §15). */
  .quiet .layer-arteries,
  .quiet .layer-wall .paint-band:not(.tone-bone) {
    opacity: 0.5;
  }
  .paint-overlay {
    fill: color-mix(in srgb, var(--c) 25%, transparent);
    stroke: none;
  }

  /* Fluoroscopy: an X-ray shows contrast and metal; soft tissue barely. */
  .view-fluoroscopy {
    background: #b9bcbf;
  }
  .view-fluoroscopy .layer path.body,
  .view-fluoroscopy .layer path.casing {
    fill: transparent;
    stroke: transparent;
  }
  /* Soft tissue is only a blush: the liver and bowel outlines, faintly. */
  .view-fluoroscopy .layer-liver path.tone-liver.body,
  .view-fluoroscopy .layer-duodenum path.tone-duodenum.casing {
    fill: rgba(255, 255, 255, 0.12);
    stroke: rgba(70, 70, 70, 0.12);
  }
  .view-fluoroscopy .label.kind-organ,
  .view-fluoroscopy .label.kind-vessel {
    display: none;
  }
  .view-fluoroscopy .layer-wall path.paint-band,
  .view-fluoroscopy .layer-spine path.paint-fill,
  .view-fluoroscopy .layer-wall .tone-bone {
    fill: rgba(255, 255, 255, 0.22);
    stroke: rgba(255, 255, 255, 0.45);
  }
  .view-fluoroscopy .layer-lung path.body {
    fill: rgba(0, 0, 0, 0.18);
  }
  .view-fluoroscopy .layer path.paint-contrast {
    fill: #1c1c1c;
    stroke: none;
  }
  .view-fluoroscopy .dev-holes {
    fill: #555;
    stroke: none;
  }
  .view-fluoroscopy .dev-core {
    stroke: #6b6b6b;
  }
  .view-fluoroscopy .paint-lesion,
  .view-fluoroscopy .paint-scar {
    display: none;
  }
  .view-fluoroscopy .dev-metal,
  .view-fluoroscopy .dev-wire,
  .view-fluoroscopy .dev-stent-wire,
  .view-fluoroscopy .dev-casing,
  .view-fluoroscopy .dev-tubing {
    stroke: #0d0d0d;
  }
  .view-fluoroscopy .dev-bevel,
  .view-fluoroscopy .dev-marker {
    fill: #000;
  }
  .view-fluoroscopy .dev-stent-body {
    fill: rgba(0, 0, 0, 0.06);
    stroke: none;
  }
  .view-fluoroscopy .dev-balloon {
    fill: rgba(20, 20, 20, 0.55);
    stroke: #111;
  }
  /* A plastic stent is only faintly radiopaque: its markers show best. */
  .view-fluoroscopy [data-device^='stent'].dev-casing,
  .view-fluoroscopy .dev-flaps {
    stroke: rgba(30, 30, 30, 0.35);
    fill: rgba(30, 30, 30, 0.2);
  }
  .view-fluoroscopy .dev-bag,
  .view-fluoroscopy .dev-bile,
  .view-fluoroscopy .dev-hub {
    opacity: 0.25;
  }
  .view-fluoroscopy .dev-flow {
    display: none;
  }
  .view-fluoroscopy .label text {
    fill: #fff;
    stroke: #222;
  }
  .view-fluoroscopy .label .leader {
    stroke: #fff;
  }

  /* Labels: halo keeps text legible over any tissue. */
  .label text {
    fill: var(--li-ink);
    font-family: var(--li-font);
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--li-surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .label .leader {
    stroke: var(--li-ink);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
    opacity: 0.75;
  }
  .label.is-active text {
    fill: var(--li-focus);
  }
  .target {
    fill: transparent;
    stroke: none;
    cursor: pointer;
    outline: none;
  }
  .target:focus-visible {
    stroke: var(--li-focus);
    stroke-width: 3px;
    stroke-dasharray: 5 3;
  }

  /* Shell. */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  button {
    font: inherit;
    font-size: 14px;
    min-width: 44px;
    min-height: 44px;
    padding: 0 12px;
    border-radius: 8px;
    border: 1px solid color-mix(in srgb, var(--li-ink) 30%, transparent);
    background: var(--li-panel);
    color: var(--li-ink);
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: color-mix(in srgb, var(--li-focus) 14%, var(--li-panel));
    border-color: var(--li-focus);
  }
  button:focus-visible {
    outline: 3px solid var(--li-focus);
    outline-offset: 2px;
  }
  .stage:focus-visible {
    outline: 3px solid var(--li-focus);
    outline-offset: -3px;
  }
  .caption {
    padding: 8px 10px 4px;
  }
  .caption h2 {
    font-size: 17px;
    margin: 0 0 4px;
  }
  .caption p {
    margin: 0;
    font-size: 15px;
    line-height: 1.45;
    max-width: 70ch;
  }
  .details {
    min-height: 2.6em;
    margin: 6px 0;
    padding: 6px 10px;
    background: var(--li-panel);
    border-radius: 8px;
    font-size: 14px;
    line-height: 1.4;
  }
  .controls {
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding: 4px;
  }
  .transport,
  .toggles {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
  }
  .counter {
    font-variant-numeric: tabular-nums;
    font-size: 14px;
    padding: 0 4px;
  }
  .speed {
    font-size: 14px;
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  select {
    font: inherit;
    min-height: 44px;
    border-radius: 8px;
    border: 1px solid color-mix(in srgb, var(--li-ink) 30%, transparent);
    background: var(--li-panel);
    color: var(--li-ink);
  }
  .scrubber {
    width: 100%;
    min-height: 32px;
    accent-color: var(--li-focus);
  }
  .step-list summary {
    cursor: pointer;
    min-height: 32px;
    font-size: 14px;
  }
  .step-list ol {
    margin: 4px 0;
    padding-left: 1.6em;
  }
  .step-list button {
    min-height: 36px;
    text-align: left;
    border: 0;
    background: none;
    padding: 2px 6px;
  }
  .step-list button[aria-current='step'] {
    font-weight: 700;
    background: color-mix(in srgb, var(--li-focus) 12%, transparent);
  }
  .panel {
    margin: 6px 4px;
    padding: 4px 10px;
    border: 1px solid color-mix(in srgb, var(--li-ink) 18%, transparent);
    border-radius: 8px;
    font-size: 14px;
    line-height: 1.45;
  }
  .panel summary {
    cursor: pointer;
    min-height: 36px;
    display: flex;
    align-items: center;
    font-weight: 600;
  }
  .panel h3 {
    font-size: 14px;
    margin: 8px 0 2px;
  }
  .panel ul {
    margin: 0;
    padding-left: 1.2em;
  }
  .panel dt {
    font-weight: 600;
    margin-top: 6px;
  }
  .panel dd {
    margin: 0;
  }
  .unsuitable {
    margin: 6px 4px;
    padding: 8px 10px;
    border-left: 4px solid var(--li-focus);
    background: var(--li-panel);
  }
  /* An unsuitable pair: the drawing steps back behind the explanation. */
  .stage.is-unsuitable {
    opacity: 0.45;
  }
  .alternatives {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 6px;
    margin-top: 8px !important;
  }
  .unsuitable h2 {
    font-size: 17px;
    margin: 0 0 4px;
  }
  .unsuitable p {
    margin: 0;
  }
  .error {
    border: 2px solid #b3261e;
    background: #fdecea;
    color: #5f1410;
    border-radius: 8px;
    padding: 8px 10px;
    margin: 6px 0;
    font-size: 14px;
  }
  .error code {
    font-family: ui-monospace, monospace;
    word-break: break-all;
  }
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
  }
`;
