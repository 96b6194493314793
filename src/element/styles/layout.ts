import { css } from 'lit';

/**
 * The host box, the drawing's stage, and the sides and scale bar above it.
 *
 * Patient mode: on a phone the stage is taller (an aspect ratio, not vh: a frame sized to its content would grow),
 * so the drawing takes most of the screen with the text below; the close-up locator is a larger torso with the
 * entry spot and a few words under it (placed by the stage's width, hence its inline-size container); "Your right
 * side" and a one-line hint replace the R/L marks and the scale bar.
 */
/** The caption and controls beside the drawing, the drawing as tall as the screen. */
const beside = css`
  figure {
    display: grid;
    grid-template-columns: min(66%, calc((100vh - var(--sides-room)) * 770 / 750)) minmax(0, 1fr);
    grid-template-rows: auto 1fr;
    column-gap: 16px;
    align-items: start;
  }
  .sides {
    grid-column: 1;
    grid-row: 1;
  }
  .stage {
    grid-column: 1;
    grid-row: 2;
    max-height: calc(100vh - var(--sides-room));
  }
  /* As tall as the drawing beside it, so the open step list can spread over what the caption leaves free. */
  .text {
    grid-column: 2;
    grid-row: 1 / span 2;
    align-self: stretch;
    max-height: 100vh;
    overflow-y: auto;
    display: flex;
    flex-direction: column;
    /* Tab and a screen reader follow the column as drawn (the controls moved up by 'order'), where supported. */
    reading-flow: flex-visual;
  }
  .text > * {
    flex-shrink: 0;
    order: 2;
  }
  /*
   * Every control at the top, under the transport: below a step's text, a longer or shorter text moved them from
   * step to step (Labels between 289 and 656 px down a 1080 px projector), so a lecturer's pointer missed.
   */
  .text > .controls.playback,
  .text > .error {
    order: 0;
  }
  .text > .controls {
    order: 1;
  }
  /* The column below the controls is free: the step list lies open there instead of behind "All steps". */
  .step-list {
    display: none;
  }
  .steps-aside {
    display: flex;
  }
`;

/**
 * The explorer beside a wide screen's panel: the panel holds a hint and a few buttons, so it is narrow, and the
 * drawing takes the rest of the width and the screen's height (a wide stage frames the whole anatomy). The height
 * cap by the width keeps a self-sizing frame from growing with it.
 */
const exploreBeside = css`
  :host([procedure='none']) figure {
    grid-template-columns: minmax(0, 1fr) clamp(240px, 20%, 360px);
  }
  :host([procedure='none']) .stage {
    aspect-ratio: auto;
    height: min(calc(100vh - var(--sides-room)), 62cqi);
  }
`;

export const layout = css`
  /* Read by screen readers, not shown (status lines: the blanked screen, the aftercare view opening). */
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :host {
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
  /*
   * The side marks as large as the drawing's labels (its width / 60, 12–18 px): 18 px beside the caption at 1920,
   * 12 px on a course page. The stage's height caps leave room for their line.
   */
  figure {
    margin: 0;
    --sides-size: clamp(12px, 0.96cqi, 18px);
    --sides-room: calc(8px + 1.34 * var(--sides-size));
  }
  .stage {
    position: relative;
    aspect-ratio: 770 / 750;
    width: 100%;
    /* Big screens: keep the controls in view; the drawing letterboxes. */
    max-height: 70vh;
    touch-action: pan-y pinch-zoom;
    container-type: inline-size;
  }
  @container (max-width: 480px) {
    :host([audience='patient']) .stage {
      aspect-ratio: 770 / 900;
    }
  }
  /* The open step list is the wide layout's (beside the drawing): on a phone it would only add height. */
  .steps-aside {
    display: none;
  }
  /*
   * Wide landscape screens (a projector, a laptop, fullscreen) and wide containers on any screen (a course page on a
   * tall monitor): the caption and controls sit beside the drawing, and the drawing is as tall as the screen allows,
   * so nothing needs scrolling.
   */
  @container (min-width: 960px) {
    @media (min-aspect-ratio: 1 / 1) {
      ${beside}
      ${exploreBeside}
    }
  }
  @container (min-width: 1024px) {
    ${beside}
    ${exploreBeside}
  }
  :host(:fullscreen) {
    width: 100vw;
    height: 100vh;
    overflow: hidden;
    background: var(--li-surface);
  }
  .stage > svg.scene {
    display: block;
    width: 100%;
    height: 100%;
    overflow: hidden;
  }
  /*
   * Where a close-up is: a small map in the top corner, on the patient's left (the viewer's right), or in the
   * corner the scene picks so it hides no device (data-corner).
   */
  .stage > svg.locator {
    position: absolute;
    top: 6px;
    right: 6px;
    width: clamp(64px, 16%, 140px);
    height: auto;
    aspect-ratio: 770 / 750;
    background: color-mix(in srgb, var(--li-surface) 88%, transparent);
    border: 1px solid color-mix(in srgb, var(--li-ink) 25%, transparent);
    border-radius: 4px;
    pointer-events: none;
  }
  .stage > svg.locator[data-corner$='left'] {
    right: auto;
    left: 6px;
  }
  .stage > svg.locator[data-corner^='bottom'] {
    top: auto;
    bottom: 6px;
  }
  .locator path {
    fill: color-mix(in srgb, var(--c) 30%, transparent);
    stroke: color-mix(in srgb, var(--c) 80%, black);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .stage > svg.locator.torso {
    width: clamp(88px, 26%, 150px);
  }
  .locator.torso path.tone-skin {
    fill: color-mix(in srgb, var(--c) 45%, var(--li-surface));
  }
  .locator .spot {
    fill: var(--li-highlight);
    stroke: var(--li-surface);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  /* Another drain's entry: there, but not what the step is about. */
  .locator .spot.muted {
    fill: color-mix(in srgb, var(--li-ink) 40%, var(--li-surface));
  }
  .stage > .locator-note {
    position: absolute;
    right: 6px;
    top: calc(6px + clamp(88px, 26cqi, 150px) * 750 / 770 + 2px);
    width: clamp(88px, 26cqi, 150px);
    margin: 0;
    font-size: 12px;
    line-height: 1.2;
    text-align: center;
    color: var(--li-ink);
    background: color-mix(in srgb, var(--li-surface) 88%, transparent);
    border-radius: 4px;
    pointer-events: none;
  }
  .stage > .locator-note[data-corner$='left'] {
    right: auto;
    left: 6px;
  }
  /* In a bottom corner, a torso's words go above it. */
  .stage > .locator-note[data-corner^='bottom'] {
    top: auto;
    bottom: calc(6px + clamp(88px, 26cqi, 150px) * 750 / 770 + 2px);
  }
  .locator rect {
    fill: none;
    stroke: var(--li-focus);
    stroke-width: 2px;
    vector-effect: non-scaling-stroke;
  }
  .sides {
    display: flex;
    justify-content: space-between;
    font-size: var(--sides-size);
    color: var(--li-muted);
    padding: 2px 4px 0;
  }
  .sides.plain {
    justify-content: flex-start;
    align-items: baseline;
    flex-wrap: wrap;
    column-gap: 8px;
  }
  .sides.plain .your-right {
    font-size: 14px;
    font-weight: 600;
    color: var(--li-ink);
  }
  .scalebar {
    display: inline-flex;
    align-items: center;
    /* A word space at any size: the projector's text is three times the default's. */
    gap: 0.3em;
  }
  .scalebar .bar {
    display: inline-block;
    height: 4px;
    border: 1px solid var(--li-muted);
    border-top: 0;
  }
`;
