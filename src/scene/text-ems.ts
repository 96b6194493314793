/**
 * From CJK radicals up (Han, kana, Hangul, full-width forms): each glyph is a full em wide, about 1.6 times the Latin
 * average the label boxes are estimated from. Counted as one, a Chinese name's box came out a third too narrow.
 */
const FULL_WIDTH = /[\u2e80-\uffff]/g;

/** A line's width in average Latin letters: its length, with each full-width glyph counted as 1.6. */
export const textEms = (line: string): number => line.length + 0.6 * (line.match(FULL_WIDTH)?.length ?? 0);
