/** Which label priorities show at a given scene width (composition §14 budget). */
export function labelPriorityFor(widthPx: number): 1 | 2 | 3 {
  if (widthPx < 700) return 1;
  if (widthPx < 1200) return 2;
  return 3;
}

/** Label font size in screen px: at least 12 px on a phone, growing with the drawing up to 24 px on a projector. */
export function labelFontPx(widthPx: number): number {
  return Math.max(12, Math.min(24, widthPx / 60));
}

/** At most this many labels at once: 4 on a phone (up to 414 px wide, art direction), else 6 (composition §14). */
export function labelBudgetFor(widthPx: number): number {
  return widthPx <= 420 ? 4 : 6;
}
