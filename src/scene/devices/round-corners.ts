import type { Point } from '../../model/anatomy-schema.js';
import { pointAtLength, polylineLength } from '../../model/geometry.js';

/** Sample spacing of a rounded device line, units. */
export const ROUND_STEP = 2;

/**
 * A wire's or catheter's drawn line with its corners rounded: resampled every
 * 2 units, then relaxed (each inner point toward its neighbours, `passes`
 * times) with both ends fixed, so a turn from one duct into the next becomes
 * a curve of several millimetres' radius instead of a kink. Straight and
 * gently curved stretches barely move. A route that doubles back on itself
 * (a spur where it meets a point beside a lumen) loses the spur first.
 */
export function roundCorners(raw: readonly Point[], passes = 60): Point[] {
  const line = withoutSpurs(raw);
  const total = polylineLength(line);
  const n = Math.floor(total / ROUND_STEP);
  if (line.length < 3 || n < 3) return [...line];
  let pts: Point[] = Array.from({ length: n + 1 }, (_, i) => pointAtLength(line, (i / n) * total).point);
  for (let k = 0; k < passes; k++) {
    pts = pts.map((p, i) => {
      if (i === 0 || i === pts.length - 1) return p;
      const [a, b] = [pts[i - 1]!, pts[i + 1]!];
      return [(a[0] + 2 * p[0] + b[0]) / 4, (a[1] + 2 * p[1] + b[1]) / 4];
    });
  }
  return pts;
}

/** Drops inner vertices where the line turns by more than 60° (a spur or a kink), until none is left. */
function withoutSpurs(line: readonly Point[]): Point[] {
  const pts = [...line];
  for (let i = 1; i < pts.length - 1;) {
    const [a, b, c] = [pts[i - 1]!, pts[i]!, pts[i + 1]!];
    const u: Point = [b[0] - a[0], b[1] - a[1]];
    const v: Point = [c[0] - b[0], c[1] - b[1]];
    const cos = (u[0] * v[0] + u[1] * v[1]) / (Math.hypot(...u) * Math.hypot(...v) || 1);
    if (cos < Math.cos((60 * Math.PI) / 180)) {
      pts.splice(i, 1);
      i = Math.max(1, i - 1);
    } else i++;
  }
  return pts;
}
