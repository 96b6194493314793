import { css } from 'lit';

/**
 * Spotlight: with a pinned structure, everything else steps far back (still faintly there for orientation). Each
 * path, word and leader fades on its own: an opacity on a group over children with opacities of their own made
 * Chromium composite it, and all drawn over it, in layers of their own, rastered again at every frame. The devices
 * keep their group's: their parts lie over one another, and faded one by one they added up to three times as dark.
 */
export const spotlight = css`
  .stage.spotlight .layers path:not(.is-spot),
  .stage.spotlight .labels .label:not(.is-spot) > *,
  .stage.spotlight .devices {
    opacity: 0.15;
    transition: opacity 0.3s;
  }
  @media (prefers-reduced-motion: reduce) {
    .stage.spotlight .layers path,
    .stage.spotlight .labels .label > *,
    .stage.spotlight .devices {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .stage.spotlight .layers path:not(.is-spot),
    .stage.spotlight .labels .label:not(.is-spot) > *,
    .stage.spotlight .devices {
      opacity: 0.4;
    }
  }
`;
