import { css } from 'lit';

/**
 * The drawing's height cap, so the controls stay in view on a big screen. A page whose frame grows with its
 * content (the embed page) lifts it with `--li-stage-max-height: none`: a cap in `vh` there would grow with every
 * resize the host makes. Unset, the caps are the layout's own.
 */
export const stageHeight = css`
  .stage {
    max-height: var(--li-stage-max-height, 70vh);
  }
  @container (min-width: 960px) {
    @media (min-aspect-ratio: 1 / 1) {
      .stage {
        max-height: var(--li-stage-max-height, calc(100vh - var(--sides-room)));
      }
    }
  }
  @container (min-width: 1024px) {
    .stage {
      max-height: var(--li-stage-max-height, calc(100vh - var(--sides-room)));
    }
  }
`;
