import { css } from 'lit';

/** Buttons, toolbars, playback controls and the step list. */
export const controls = css`
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
  /* Kept focusable (aria-disabled, not disabled) so focus never falls to the page. */
  button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: default;
  }
  /* Filled when on: a pale tint told on from off too faintly on a washed-out projector or in the dark theme. */
  button[aria-pressed='true'] {
    background: var(--li-focus);
    border-color: var(--li-focus);
    color: var(--li-surface);
  }
  button:focus-visible {
    outline: 3px solid var(--li-focus);
    outline-offset: 2px;
  }
  .stage:focus-visible {
    outline: 3px solid var(--li-focus);
    outline-offset: -3px;
  }
  .controls {
    display: flex;
    flex-direction: column;
    min-width: 0;
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
  /*
   * On a phone the transport, the counter and the speed fit one row in English (44 px targets kept; Firefox's wider
   * select has 4 px to spare): at 6 px gaps "Step 10 of 11" pushed Speed onto a row of its own, and a patient's step
   * text below the fold.
   */
  @container (max-width: 420px) {
    .transport {
      gap: 3px;
    }
    .transport > button {
      padding-inline: 10px;
    }
    .counter {
      padding: 0 4px 0 0;
    }
    .speed {
      gap: 2px;
    }
  }
  /*
   * Narrower still, or in a longer language ("Velocidad", "Paso 10 de 11" need 371 px of a 360 px phone's 352), the
   * word beside the speed is read out but not shown: the "1×" in the box says what it is, and the row stays one.
   */
  @container (max-width: 360px) {
    .speed-word {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  select {
    font: inherit;
    min-height: 44px;
    border-radius: 8px;
    border: 1px solid color-mix(in srgb, var(--li-ink) 30%, transparent);
    background: var(--li-panel);
    color: var(--li-ink);
  }
  /* No side margin: Firefox gives range inputs one, which pushes a 100 % wide slider past the widget's edge. */
  .scrubber {
    width: 100%;
    margin-inline: 0;
    min-height: 32px;
    accent-color: var(--li-focus);
  }
  /* A touch target (44 px) that keeps its disclosure triangle: a list item padded to height, not a flex box. */
  .step-list summary {
    cursor: pointer;
    box-sizing: border-box;
    min-height: 44px;
    padding-block: 10px;
    line-height: 1.5;
    font-size: 14px;
  }
  .step-list ol {
    margin: 4px 0;
    padding-left: 1.6em;
  }
  /*
   * One column, a hanging indent: each number on its title's first line, in the caption's body size or a step
   * below it. The list stands at the foot of the column's free height (the column is as tall as the drawing), so
   * each title keeps its place from step to step however long the caption above it is: spread over the free height,
   * the titles moved by up to 300 px at a projector's Next (review, session 32).
   */
  .steps-aside {
    padding: 0 4px;
    flex-direction: column;
    flex-grow: 1;
    justify-content: flex-end;
  }
  .steps-aside h3 {
    margin: 0 0 2px;
    font-size: clamp(14px, 0.9cqi, 20px);
    color: var(--li-muted);
  }
  .steps-aside ol {
    display: flex;
    flex-direction: column;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: max(14px, calc(var(--body-size) * 0.87));
    line-height: 1.25;
  }
  .steps-aside li {
    display: grid;
    grid-template-columns: 2.2em minmax(0, 1fr);
    align-items: baseline;
  }
  .steps-aside .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    padding-inline-end: 0.15em;
  }
  /* Long step titles (CJK has no spaces to break at) wrap inside a phone-wide widget in every engine. */
  .step-list button,
  .steps-aside button {
    max-width: 100%;
    white-space: normal;
    overflow-wrap: anywhere;
    min-height: 36px;
    text-align: left;
    border: 0;
    background: none;
    padding: 2px 6px;
    /* A wrapped title's number stays on its first line (an inline block sits on its last line's baseline). */
    vertical-align: top;
  }
  .steps-aside button {
    min-height: 24px;
    padding-block: 1px;
    font-size: inherit;
    /*
     * The title's first line at the top, not centred in the 24 px target: Firefox aligns the number with where the
     * first line would stand at the top, so a centred short title stood 2 px below its number.
     */
    display: flex;
    align-items: flex-start;
  }
  /* On a touch screen each step title is a full 44 px target; a mouse keeps the list compact. */
  @media (pointer: coarse) {
    .step-list button {
      min-height: 44px;
    }
  }
  .step-list button[aria-current='step'],
  .steps-aside button[aria-current='step'] {
    font-weight: 700;
    background: color-mix(in srgb, var(--li-focus) 12%, transparent);
  }
  /* On a big screen the controls grow with the widget, like the caption. */
  @container (min-width: 960px) {
    button,
    select,
    .counter,
    .speed,
    .step-list summary {
      font-size: clamp(14px, 1cqi, 22px);
    }
    /* The disclosure rows below the step list read at the caption's body size. */
    .panel summary {
      font-size: var(--body-size);
    }
  }
`;
