/**
 * What the drawing's scale is, in the words the scale bar and the exported file both use: positions and lengths
 * are drawn to the 1 cm bar, every tube's calibre ×1.5 so that small ducts and devices stay readable
 * (composition §1).
 */
export const SCALE_NOTE = {
  /** Beside the 1 cm bar. */
  bar: 'tubes ×1.5 wide',
  /** Under an exported frame, which has no bar. */
  file: 'Schematic: lengths to scale (28 units = 1 cm), tube widths drawn ×1.5',
} as const;
