/**
 * Whether segments p (x1, y1, x2, y2) and q properly cross: each one's ends lie
 * strictly on either side of the other. Touching or collinear segments do not cross.
 */
export function segmentsCross(p: readonly number[], q: readonly number[]): boolean {
  const [ax, ay, bx, by] = p as [number, number, number, number];
  const [cx, cy, dx, dy] = q as [number, number, number, number];
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return (
    o(ax, ay, bx, by, cx, cy) * o(ax, ay, bx, by, dx, dy) < 0 &&
    o(cx, cy, dx, dy, ax, ay) * o(cx, cy, dx, dy, bx, by) < 0
  );
}
