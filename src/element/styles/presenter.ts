import { css } from 'lit';

/**
 * Presenter mode: full screen shows the drawing, the caption and the controls
 * in one screen (the drawing takes the height that is left); a blanked widget is black.
 */
export const presenter = css`
  :host(:fullscreen) {
    display: flex;
    flex-direction: column;
    width: 100vw;
    height: 100vh;
    overflow: auto;
  }
  :host(:fullscreen) figure {
    display: flex;
    flex-direction: column;
    flex: 1 1 auto;
    min-height: 0;
  }
  :host(:fullscreen) .stage {
    flex: 1 1 0;
    min-height: 50vh;
    max-height: none;
    aspect-ratio: auto;
  }
  :host(:fullscreen) .panel {
    display: none;
  }
  .blank {
    position: absolute;
    inset: 0;
    z-index: 10;
    background: #000;
  }
  .blank span {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :host(:fullscreen) .blank {
    position: fixed;
  }
`;
