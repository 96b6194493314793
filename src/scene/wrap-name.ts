/** Letters under which a word never stands alone at a line's end or start ("de", "la", the "D" of "costal D"). */
const SHORT = 2;

/**
 * A name broken at its spaces into `lines` lines, the longest as short as it can be; null when the name has fewer
 * breakable words than that (a Chinese name has no spaces: it stays one line). A short word keeps to the word after
 * it ("de la bilis"), the last one to the word before it ("costal D"): a line never ends on "de" or holds a lone "D".
 */
export function wrapName(name: string, lines: number): string[] | null {
  const words = joinShort(name.split(' '));
  if (words.length < lines) return null;
  let best: string[] | null = null;
  // Every way to cut the words into `lines` runs: few words, few ways (a plain name has a handful).
  const cut = (from: number, left: number, done: string[]) => {
    if (left === 1) {
      const all = [...done, words.slice(from).join(' ')];
      const longest = (ls: string[]) => Math.max(...ls.map((l) => l.length));
      if (!best || longest(all) < longest(best)) best = all;
      return;
    }
    for (let to = from + 1; to <= words.length - left + 1; to++)
      cut(to, left - 1, [...done, words.slice(from, to).join(' ')]);
  };
  cut(0, lines, []);
  return best;
}

/** The words with each short one joined to its neighbour: the next, or for the last word the one before. */
function joinShort(words: readonly string[]): string[] {
  const out: string[] = [];
  let held = '';
  for (const w of words) {
    const word = held ? `${held} ${w}` : w;
    held = w.length <= SHORT ? word : '';
    if (!held) out.push(word);
  }
  if (held && out.length) out[out.length - 1] += ` ${held}`;
  else if (held) out.push(held);
  return out;
}
