/**
 * A name broken at its spaces into `lines` lines, the longest as short as it can be; null when the name has fewer
 * words than that (a Chinese name has no spaces: it stays one line).
 */
export function wrapName(name: string, lines: number): string[] | null {
  const words = name.split(' ');
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
