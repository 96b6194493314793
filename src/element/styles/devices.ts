import { css } from 'lit';

/** Devices: widths are true scale, so strokes scale with the drawing. */
export const devices = css`
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
  .dev-lumen {
    display: none;
  }
  .dev-sheath {
    stroke: color-mix(in srgb, #ffffff 62%, transparent);
  }
  .dev-marker {
    fill: var(--li-device);
  }
  .dev-holes {
    fill: var(--li-surface);
    stroke: var(--li-device);
    stroke-width: 0.6px;
    vector-effect: non-scaling-stroke;
  }
  .dev-tubing {
    stroke: color-mix(in srgb, var(--li-catheter) 80%, var(--li-device));
  }
  .dev-halo {
    stroke: var(--li-surface);
    stroke-linecap: round;
    opacity: 0.9;
    filter: drop-shadow(1px 2px 1.5px rgb(0 0 0 / 0.35));
  }
  .dev-skin {
    fill: none;
    stroke: color-mix(in srgb, var(--li-skin) 80%, transparent);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .dev-dressing {
    fill: color-mix(in srgb, var(--li-surface) 75%, transparent);
    stroke: var(--li-device);
    stroke-width: 1px;
    stroke-dasharray: 2 2;
    vector-effect: non-scaling-stroke;
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
  /* The beam is an outline with a faint wash, so the target under it stays clear; its centre line marks the aim. */
  .dev-beam {
    fill: color-mix(in srgb, var(--li-beam) 8%, transparent);
    stroke: color-mix(in srgb, var(--li-beam) 75%, transparent);
    stroke-width: 1.2px;
    vector-effect: non-scaling-stroke;
  }
  .dev-scan-line {
    fill: none;
    stroke: color-mix(in srgb, var(--li-beam) 85%, transparent);
    stroke-width: 1.2px;
    stroke-dasharray: 6 4;
    vector-effect: non-scaling-stroke;
  }

  .dev-balloon {
    fill: color-mix(in srgb, var(--li-balloon) 82%, transparent);
    stroke: var(--li-device);
    stroke-width: 1.2px;
    vector-effect: non-scaling-stroke;
  }
  .dev-shine {
    fill: none;
    stroke: #ffffff;
    stroke-width: 2.5px;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
    opacity: 0.95;
  }
  /* Bare metal stents (brief §3): no sleeve and no edge line, only a faint tint of the lumen the struts hold open. */
  .dev-stent-body {
    fill: color-mix(in srgb, var(--li-stent) 10%, transparent);
    stroke: none;
  }
  /* A stent's end in the bowel: its inside, dark with the bile and contrast it drains, carries the stented duct on. */
  .dev-stent-lumen {
    fill: var(--li-contrast);
    stroke: none;
  }
  /* In the illustration, the contrast in the bile duct it drains, as each audience's drawing paints it. */
  :host(:not([theme='high-contrast'])) .view-illustration .dev-stent-lumen {
    fill: color-mix(in srgb, var(--li-contrast) 66%, color-mix(in srgb, var(--li-bile) 62%, var(--li-tint)));
  }
  :host([audience='patient']:not([theme='high-contrast'])) .view-illustration .dev-stent-lumen {
    fill: color-mix(in srgb, var(--li-contrast) 80%, #4a86c0);
  }
  /* Only a film shows a stent's washed-out lumen. */
  .dev-washout {
    fill: none;
    stroke: none;
  }
  .dev-stent-wire {
    fill: none;
    stroke: var(--li-stent);
  }
  .dev-stent-edge {
    fill: none;
    stroke: var(--li-stent-edge);
  }
  .dev-second.dev-stent-wire {
    stroke: var(--li-stent-second);
  }
  .dev-second.dev-stent-body {
    fill: color-mix(in srgb, var(--li-stent-second) 10%, transparent);
  }
  .dev-cap {
    fill: var(--li-device);
  }
  .dev-plastic {
    stroke: color-mix(in srgb, var(--li-catheter) 78%, transparent);
  }
  .dev-flaps {
    fill: color-mix(in srgb, var(--li-catheter) 78%, transparent);
    stroke: var(--li-device);
    stroke-width: 0.8px;
    vector-effect: non-scaling-stroke;
  }
  /* Dotted = planned path (composition §15): round dots every 3.5 px. */
  .paint-planned,
  .dev-planned {
    fill: none;
    stroke: var(--li-ink);
    stroke-width: 2px;
    stroke-linecap: round;
    stroke-dasharray: 0.1 3.5;
  }
  .dev-skin-mark {
    stroke: var(--li-ink);
    stroke-width: 2px;
    stroke-linecap: round;
  }
  /* A ring stricture: thickened scar in both duct walls, solid (a dotted outline read as a selection box), in a
     fibrous grey-pink: the tumour's brick red would call a benign scar a cancer. */
  .paint-scar {
    fill: color-mix(in srgb, var(--li-lesion) 15%, #b8a3a3);
    stroke: color-mix(in srgb, var(--li-lesion) 70%, black);
    stroke-width: 0.8px;
    stroke-linejoin: round;
  }
`;
