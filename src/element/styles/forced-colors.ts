import { css } from 'lit';

/**
 * Forced colours (e.g. Windows contrast themes). The drawing opts out of the
 * browser's own adjustment and repaints itself in system colours: outlines in
 * CanvasText on Canvas, and fills only where they carry meaning (contrast in
 * the ducts, the lesion, the highlighted structure). Last and `!important`, so
 * no theme or tone rule can leave a structure invisible.
 */
export const forcedColors = css`
  @media (forced-colors: active) {
    /* Forced colours drop the shadow that sets a floating description apart from the controls under it. */
    .details.floating {
      outline: 1px solid CanvasText;
    }
    .dev-shine,
    .dev-lumen {
      display: none !important;
    }
    .stage > svg {
      forced-color-adjust: none;
      background: Canvas;
    }
    .paint-tube.casing,
    .paint-mound,
    .paint-fill,
    .paint-line,
    .paint-band,
    .paint-dot {
      stroke: CanvasText !important;
      stroke-opacity: 1 !important;
    }
    .paint-tube.body,
    .paint-tube.casing,
    .paint-mound,
    .paint-fill,
    .paint-band,
    .paint-dot,
    .paint-overlay {
      fill: Canvas !important;
    }
    .paint-fill,
    .paint-band,
    .paint-overlay {
      fill-opacity: 0 !important;
    }
    .paint-contrast,
    .paint-puff {
      fill: CanvasText !important;
    }
    .paint-folds {
      stroke: Canvas !important;
    }
    .paint-stone {
      fill: Canvas !important;
      stroke: CanvasText !important;
    }
    .paint-lumen,
    .paint-fluid {
      fill: none !important;
      stroke: CanvasText !important;
    }
    .paint-lesion,
    .paint-scar {
      fill: Mark !important;
      stroke: CanvasText !important;
    }
    /*
     * What a step fades stays at 3:1 or more on Canvas (CanvasText at 60 %): at 40 %, and under a layer that steps
     * back, its outlines fell to 1.5:1 in a mode chosen for contrast. Full strength still marks the step's own.
     */
    .is-faded:not(.is-active),
    .is-dim {
      opacity: 0.6 !important;
    }
    .quiet .layer-arteries,
    .quiet .layer-wall .paint-band:not(.tone-bone) {
      opacity: 1 !important;
    }
    /* Half see-through: solid, the tumour hid the duct it blocks and the stent through it. */
    .paint-lesion {
      fill-opacity: 0.5 !important;
    }
    .is-active.paint-fill,
    .is-active.paint-tube.casing,
    .is-active.paint-line,
    .is-highlight.paint-fill,
    .is-highlight.paint-tube.casing {
      stroke: Highlight !important;
    }
    .dev-metal,
    .dev-hub,
    .dev-wire,
    .dev-casing,
    .dev-tubing,
    .dev-stent-wire,
    .dev-stent-body,
    .dev-bag,
    .dev-dressing,
    .dev-flaps,
    .dev-balloon,
    .dev-probe,
    .dev-beam,
    .dev-holes {
      stroke: CanvasText !important;
    }
    .dev-core,
    .dev-flaps,
    .dev-balloon,
    .dev-bag,
    .dev-dressing,
    .dev-probe,
    .dev-holes {
      fill: Canvas !important;
    }
    /*
     * A stent lies in a duct black with contrast: its body is Canvas and its struts CanvasText edged with Canvas, so
     * the mesh reads as a mesh, not black on black.
     */
    .dev-stent-body {
      fill: Canvas !important;
    }
    .dev-stent-edge {
      stroke: Canvas !important;
    }
    /* The stent's inside past the papilla as the contrast in the duct it carries on: one tube, nothing through it. */
    .dev-stent-lumen {
      fill: CanvasText !important;
    }
    /* A wire edged with Canvas, as a stent's struts are: in a duct black with contrast it still shows. */
    .dev-core,
    .dev-sheath,
    .dev-plastic,
    .dev-wire-casing {
      stroke: Canvas !important;
    }
    .dev-bevel,
    .dev-marker,
    .dev-cap {
      fill: CanvasText !important;
    }
    .dev-bile,
    .dev-flow {
      fill: LinkText !important;
      stroke: LinkText !important;
    }
    .dev-beam {
      fill: none !important;
    }
    .paint-planned,
    .dev-planned,
    .dev-skin-mark {
      stroke: CanvasText !important;
    }
    /* The close-up's map: outlines on the background, the framed area and the entry in Highlight. */
    .stage > svg.locator {
      border-color: CanvasText;
    }
    .locator path {
      fill: Canvas !important;
      stroke: CanvasText !important;
    }
    .locator rect {
      stroke: Highlight !important;
    }
    .locator .spot {
      fill: Highlight !important;
      stroke: Canvas !important;
    }
    .locator .spot.muted {
      fill: GrayText !important;
    }
    .stage > .locator-note {
      background: Canvas;
      color: CanvasText;
    }
    .label text {
      fill: CanvasText !important;
      stroke: Canvas !important;
    }
    .label .leader {
      stroke: CanvasText !important;
    }
    .label .leader-casing {
      stroke: Canvas !important;
    }
    .target:focus-visible {
      stroke: Highlight !important;
    }
    .blank {
      background: Canvas;
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
