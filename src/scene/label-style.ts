/** Which label priorities show at a given scene width (composition §14 budget). */
export function labelPriorityFor(widthPx: number): 1 | 2 | 3 {
  if (widthPx < 700) return 1;
  if (widthPx < 1200) return 2;
  return 3;
}

/**
 * Label font size in screen px: at least 12 px on a phone, growing with the drawing's larger side to
 * 18 px on a full-HD screen (a drawing about 1080 px across) and no further (lecture legibility, issue 8:
 * 18–20 px; the projector theme scales them up to 20 px). The
 * anatomy explorer grows the same way: it shows a budget of labels, not dozens.
 */
export function labelFontPx(widthPx: number): number {
  return Math.max(12, Math.min(18, widthPx / 60));
}

/** At most this many labels at once: 4 on a phone (up to 414 px wide, art direction); wider, the priorities decide. */
export function labelBudgetFor(widthPx: number): number {
  return widthPx <= 420 ? 4 : Infinity;
}

/** Baseline to baseline of a wrapped label's lines, in font sizes. */
export const LABEL_LINE_HEIGHT = 1.15;
