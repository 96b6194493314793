import { css } from 'lit';

/**
 * Issue 8 shapes (art direction): the pancreatic duct's own colour, the
 * diaphragm as a muscle band, solid rib outlines, the papilla mound, the
 * T12 arrow, the tumour's gradient, small dark side holes and the probe cable.
 */
export const picture = css`
  .tone-pancreatic-duct {
    --c: var(--li-pancreatic-duct);
  }
  /* The duct's lumen nearly in its own colour: a tube body's usual tint would sink it into the gland around it. */
  .tone-pancreatic-duct.paint-tube.body {
    fill: color-mix(in srgb, var(--c) 88%, var(--li-tint));
  }
  .tone-diaphragm.paint-band {
    fill: color-mix(in srgb, var(--c) 38%, transparent);
    stroke: color-mix(in srgb, var(--c) 75%, transparent);
    stroke-width: 1px;
  }
  .tone-bone.paint-band:not(.behind) {
    fill: color-mix(in srgb, var(--c) 10%, transparent);
    stroke: color-mix(in srgb, var(--c) 80%, transparent);
    stroke-width: 1px;
  }
  /* The papilla: a mound on the D2 wall, a little darker than the bowel. */
  .paint-mound {
    fill: color-mix(in srgb, var(--c) 70%, var(--li-ink) 10%);
    stroke: color-mix(in srgb, var(--c) 60%, var(--li-ink));
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .is-active.paint-mound {
    stroke: var(--li-highlight);
    stroke-width: 2.5px;
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
  /* The measure step's brackets: hairlines with small ticks beside the duct; the margins dashed (typical, not measured). */
  .paint-measure,
  .paint-measure-margin {
    fill: none;
    stroke: var(--li-ink);
    stroke-width: 1.5px;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .paint-measure-margin {
    stroke-dasharray: 5 3;
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
  /*
   * A hilar sleeve (the tumour of the duct layer) lies on liver pink: a dense brick core to a soft but still firm edge.
   * No stroked rim: the sleeve is several overlapping pieces, and a stroke would trace each one inside the mass.
   */
  .sleeve-glow .core {
    stop-color: color-mix(in srgb, var(--li-lesion) 94%, black);
  }
  .sleeve-glow .mid {
    stop-color: color-mix(in srgb, color-mix(in srgb, var(--li-lesion) 94%, black) 82%, transparent);
  }
  .sleeve-glow .rim {
    stop-color: color-mix(in srgb, var(--li-lesion) 62%, transparent);
  }
  /* Side holes: small grey dots, the catheter's wall showing round them (not a lifebuoy's punched holes). */
  .dev-holes {
    fill: color-mix(in srgb, var(--li-device) 45%, var(--li-catheter));
    stroke: none;
  }
  .dev-cable {
    stroke: var(--li-device);
    fill: none;
  }
`;
