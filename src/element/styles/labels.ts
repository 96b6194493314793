import { css } from 'lit';

/** Labels and hit targets: a halo keeps text legible over any tissue. */
export const labels = css`
  /* Placed for where a camera move ends: shown once it is there. */
  .scene .labels {
    transition: opacity 120ms ease-out;
  }
  .scene.moving .labels {
    opacity: 0;
    transition: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .scene .labels {
      transition: none;
    }
  }
  .label text {
    fill: var(--li-ink);
    font-family: var(--li-font);
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--li-surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .label .leader {
    stroke: var(--li-ink);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
    opacity: 0.75;
  }
  /* Just wider than the leader: over a dark duct it reads as one light-edged line, not two hairlines. */
  .label .leader-casing {
    stroke: var(--li-surface);
    stroke-width: 2.2px;
    vector-effect: non-scaling-stroke;
    opacity: 0.85;
  }
  .label.is-active text {
    fill: var(--li-focus);
  }
  .target {
    fill: transparent;
    stroke: none;
    cursor: pointer;
    outline: none;
  }
  .target:focus-visible {
    stroke: var(--li-focus);
    stroke-width: 3px;
    stroke-dasharray: 5 3;
  }
`;
