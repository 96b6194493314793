/**
 * The share of a cavity's outline (the gallbladder's) its lumen fills, shrunk toward its middle; the rest is its wall.
 * Contrast fills the lumen (cavity-contrast.ts), stones lie within it (gallstones.ts) and an inflamed wall thickens
 * around it (inflamed-wall.ts): one share, so all three agree where the wall ends.
 */
export const CAVITY_LUMEN = 0.85;
