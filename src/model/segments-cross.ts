/**
 * Whether segments p (x1, y1, x2, y2) and q properly cross: each one's ends lie
 * strictly on either side of the other. Touching or collinear segments do not cross.
 */
export function segmentsCross(p: readonly number[], q: readonly number[]): boolean {
  // Read by index: destructured, the two arrays allocated on every call in the browser (labels ask this a lot).
  const ax = p[0]!;
  const ay = p[1]!;
  const bx = p[2]!;
  const by = p[3]!;
  const cx = q[0]!;
  const cy = q[1]!;
  const dx = q[2]!;
  const dy = q[3]!;
  return (
    o(ax, ay, bx, by, cx, cy) * o(ax, ay, bx, by, dx, dy) < 0 &&
    o(cx, cy, dx, dy, ax, ay) * o(cx, cy, dx, dy, bx, by) < 0
  );
}

const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
  Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
