/** Which label priorities show at a given scene width (composition §14 budget). */
export function labelPriorityFor(widthPx: number): 1 | 2 | 3 {
  if (widthPx < 700) return 1;
  if (widthPx < 1200) return 2;
  return 3;
}

/** Label font size in screen px: at least 11 px, larger on big screens and projectors. */
export function labelFontPx(widthPx: number): number {
  return Math.max(11, Math.min(16, widthPx / 110));
}
