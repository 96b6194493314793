/** Which label priorities show at a given scene width (composition §14 budget). */
export function labelPriorityFor(widthPx: number): 1 | 2 | 3 {
  if (widthPx < 700) return 1;
  if (widthPx < 1200) return 2;
  return 3;
}

/**
 * Label font size in screen px: at least 12 px on a phone, growing with the
 * drawing up to 24 px on a projector. The anatomy explorer (`dense`) shows
 * dozens of labels at once, so its grow only to 16 px.
 */
export function labelFontPx(widthPx: number, dense = false): number {
  return dense ? Math.max(12, Math.min(16, widthPx / 110)) : Math.max(12, Math.min(24, widthPx / 60));
}

/** At most this many labels at once: 4 on a phone (up to 414 px wide, art direction); wider, the priorities decide. */
export function labelBudgetFor(widthPx: number): number {
  return widthPx <= 420 ? 4 : Infinity;
}
