import { css } from 'lit';

/** Spotlight: with a pinned structure, everything else steps far back (still faintly there for orientation). */
export const spotlight = css`
  .stage.spotlight .layers path:not(.is-spot),
  .stage.spotlight .labels .label:not(.is-spot),
  .stage.spotlight .devices {
    opacity: 0.15;
    transition: opacity 0.3s;
  }
  @media (prefers-reduced-motion: reduce) {
    .stage.spotlight .layers path,
    .stage.spotlight .labels .label,
    .stage.spotlight .devices {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .stage.spotlight .layers path:not(.is-spot),
    .stage.spotlight .labels .label:not(.is-spot),
    .stage.spotlight .devices {
      opacity: 0.4;
    }
  }
`;
