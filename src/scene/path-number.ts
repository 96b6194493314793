/** Tenths of a unit from −200 to 1,200: the viewBox (1000 × 800) and a margin round it, where devices enter. */
const LOW = -2000;
const HIGH = 12000;
/** Sized up front: filled sparsely from an empty array, V8 may keep it as a slower dictionary. */
const written = new Array<string | undefined>(HIGH - LOW);

/**
 * A coordinate rounded to a tenth of a unit as path text ("12.3", "-0.4", "7"; never "-0"). A braid's path alone
 * writes some 3,000 numbers a frame while a stent opens; the same few thousand values recur, so each one's text is
 * made once and looked up after, instead of a new string per number per frame.
 */
export function tenths(n: number): string {
  const k = Math.round(n * 10);
  if (k < LOW || k >= HIGH) return String(k / 10 + 0);
  return (written[k - LOW] ??= String(k / 10 + 0));
}
