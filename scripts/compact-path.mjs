// Shortens SVG path data for the prebuilt first frame: relative commands, coordinates to 0.1, no spare
// separators. Each step is measured from the rounded pen, so rounding errors do not add up along a long path.
const ARITY = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };
const round = (n) => Math.round(n * 10) / 10;
const text = (v) => String(v).replace(/^(-?)0\./, '$1.');

/** The same outline as `d` (absolute or relative commands) in relative commands rounded to 0.1. */
export function compactPath(d) {
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?/g) ?? [];
  // The exact pen and subpath start, and the pen as the rounded output has moved it.
  const exact = { x: 0, y: 0, sx: 0, sy: 0 };
  const pen = { x: 0, y: 0, sx: 0, sy: 0 };
  let out = '';
  let last = '';
  for (let i = 0; i < tokens.length;) {
    const cmd = tokens[i++];
    const lower = cmd.toLowerCase();
    const abs = cmd !== lower;
    const n = ARITY[lower];
    if (n === undefined) throw new Error(`unknown path command ${cmd}`);
    if (n === 0) {
      out += 'z';
      last = 'z';
      [exact.x, exact.y, pen.x, pen.y] = [exact.sx, exact.sy, pen.sx, pen.sy];
      continue;
    }
    let first = true;
    do {
      const args = tokens.slice(i, i + n).map(Number);
      i += n;
      // Absolute coordinates of this segment's points.
      const point = (v, k) => (abs ? v : v + (k % 2 ? exact.y : exact.x));
      let ends;
      let rel;
      if (lower === 'h' || lower === 'v') {
        const a = abs ? args[0] : args[0] + (lower === 'h' ? exact.x : exact.y);
        rel = [round(a - (lower === 'h' ? pen.x : pen.y))];
        ends = lower === 'h' ? [a, exact.y, pen.x + rel[0], pen.y] : [exact.x, a, pen.x, pen.y + rel[0]];
      } else if (lower === 'a') {
        const [ex, ey] = [point(args[5], 0), point(args[6], 1)];
        rel = [...args.slice(0, 5).map(round), round(ex - pen.x), round(ey - pen.y)];
        ends = [ex, ey, round(pen.x + rel[5]), round(pen.y + rel[6])];
      } else {
        const absolute = args.map(point);
        rel = absolute.map((v, k) => round(v - (k % 2 ? pen.y : pen.x)));
        ends = [absolute[n - 2], absolute[n - 1], round(pen.x + rel[n - 2]), round(pen.y + rel[n - 1])];
      }
      [exact.x, exact.y, pen.x, pen.y] = ends;
      const name = lower === 'm' && !first ? 'l' : lower;
      if (name === 'm') [exact.sx, exact.sy, pen.sx, pen.sy] = [exact.x, exact.y, pen.x, pen.y];
      const nums = rel.map((v, k) => (lower === 'a' && (k === 3 || k === 4) ? String(v) : text(v))).join(' ');
      const joined = nums.replace(/ -/g, '-');
      out += name === last && name !== 'm' ? (joined.startsWith('-') ? '' : ' ') + joined : name + joined;
      last = name;
      first = false;
    } while (i < tokens.length && !/[a-zA-Z]/.test(tokens[i]));
  }
  return out;
}
