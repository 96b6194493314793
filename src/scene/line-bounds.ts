/** An axis-aligned box, scene units. */
export interface Bounds {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

const known = new WeakMap<readonly (readonly number[])[], Bounds>();

/**
 * The bounding box of a polyline, kept per line array: label placement tests many boxes against the same ducts
 * and devices, and a line whose box lies clear of a label's box cannot touch it.
 */
export function lineBounds(line: readonly (readonly number[])[]): Bounds {
  let b = known.get(line);
  if (b) return b;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  // Indexed, not iterated: a for-of with destructuring allocated per point here (100 MB over a stent's deployment).
  for (let i = 0; i < line.length; i++) {
    const p = line[i]!;
    const x = p[0]!;
    const y = p[1]!;
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  known.set(line, (b = { x0, y0, x1, y1 }));
  return b;
}

/** Whether two boxes lie strictly apart (no shared point, not even an edge). */
export const apart = (a: Bounds, b: Bounds): boolean => a.x1 < b.x0 || b.x1 < a.x0 || a.y1 < b.y0 || b.y1 < a.y0;
