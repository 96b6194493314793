import { css } from 'lit';

/** Fluoroscopy: an X-ray shows contrast and metal; soft tissue barely. */
export const fluoroscopy = css`
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
`;
