import { css } from 'lit';

/**
 * The drawing's height cap, so the controls stay in view on a big screen. A page whose frame grows with its
 * content (the embed page) lifts it: a cap in `vh` there would grow with every resize the host makes.
 */
export const stageHeight = css`
  .stage {
    max-height: var(--li-stage-max-height, 78vh);
  }
`;
