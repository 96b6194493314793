/**
 * Stent types the `stent` option can choose (data/stents.json). A procedure
 * step names the device kind `stent`; compileTimeline draws `stent-<type>`.
 */
export const STENT_NAMES = ['mesh', 'z', 'spiral', 'plastic'] as const;
export type StentName = (typeof STENT_NAMES)[number];

/** The stent type used when none is chosen. */
export const DEFAULT_STENT: StentName = 'mesh';
