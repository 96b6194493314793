/**
 * Documented caps on author data (README, "Limits"). Data past a cap is
 * rejected with a `too-large` error before it is validated in detail, so a
 * huge file can never freeze the page.
 */
export const LIMITS = {
  /** Bytes of one procedure's JSON text. */
  procedureBytes: 512 * 1024,
  /** Bytes of all anatomy files' JSON text together. */
  anatomyBytes: 1024 * 1024,
  /** Anatomy files. */
  files: 32,
  /** Anatomy structures over all files. */
  structures: 400,
  /** Points in one shape. */
  points: 500,
  /** Steps of one procedure. */
  steps: 60,
  /** Actions in one step. */
  actions: 40,
  /** Named routes and named points of one procedure, each. */
  routes: 100,
  /** Characters in one string. */
  text: 4000,
  /** Largest absolute scene coordinate (the scene is 1000 × 800 units). */
  coordinate: 10_000,
  /** Longest step, action or delay, ms. */
  ms: 120_000,
} as const;
