import { css } from 'lit';

/** The host box, the drawing's stage, and the sides and scale bar above it. */
export const layout = css`
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
  .scalebar .bar {
    display: inline-block;
    height: 4px;
    border: 1px solid var(--li-muted);
    border-top: 0;
  }
`;
