import type { Point } from '../../src/model/anatomy-schema.js';
import { distance } from '../../src/model/geometry.js';

/**
 * The turning in degrees (0–180) at each vertex of a closed outline, with the vertex, over steps of at least `min`
 * units (closer points are skipped, so a densely sampled curve does not read as many tiny corners).
 */
export function turns(outline: readonly Point[], min = 1.5): { at: Point; turn: number }[] {
  const pts: Point[] = [];
  for (const p of outline) if (!pts.length || distance(p, pts.at(-1)!) >= min) pts.push(p);
  return pts.map((b, i) => {
    const a = pts[(i + pts.length - 1) % pts.length]!;
    const c = pts[(i + 1) % pts.length]!;
    let d = ((Math.atan2(c[1] - b[1], c[0] - b[0]) - Math.atan2(b[1] - a[1], b[0] - a[0])) * 180) / Math.PI;
    while (d > 180) d -= 360;
    while (d < -180) d += 360;
    return { at: b, turn: Math.abs(d) };
  });
}
