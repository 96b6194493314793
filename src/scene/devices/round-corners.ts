import type { Point } from '../../model/anatomy-schema.js';
import { arcTable } from '../../model/arc-table.js';
import { polylineLength, hypot } from '../../model/geometry.js';

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
  const at = arcTable(line);
  // Two flat buffers swapped each pass: the same arithmetic as a fresh array per pass, without the garbage.
  let x = new Float64Array(n + 1);
  let y = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) [x[i], y[i]] = at((i / n) * total).point;
  let nx = new Float64Array(n + 1);
  let ny = new Float64Array(n + 1);
  for (let k = 0; k < passes; k++) {
    nx[0] = x[0]!;
    ny[0] = y[0]!;
    nx[n] = x[n]!;
    ny[n] = y[n]!;
    for (let i = 1; i < n; i++) {
      nx[i] = (x[i - 1]! + 2 * x[i]! + x[i + 1]!) / 4;
      ny[i] = (y[i - 1]! + 2 * y[i]! + y[i + 1]!) / 4;
    }
    [x, nx] = [nx, x];
    [y, ny] = [ny, y];
  }
  return Array.from({ length: n + 1 }, (_, i): Point => [x[i]!, y[i]!]);
}

/** Drops inner vertices where the line turns by more than 60° (a spur or a kink), until none is left. */
function withoutSpurs(line: readonly Point[]): Point[] {
  const pts = [...line];
  for (let i = 1; i < pts.length - 1;) {
    const a = pts[i - 1]!;
    const b = pts[i]!;
    const c = pts[i + 1]!;
    const ux = b[0] - a[0];
    const uy = b[1] - a[1];
    const vx = c[0] - b[0];
    const vy = c[1] - b[1];
    const cos = (ux * vx + uy * vy) / (hypot(ux, uy) * hypot(vx, vy) || 1);
    if (cos < Math.cos((60 * Math.PI) / 180)) {
      pts.splice(i, 1);
      i = Math.max(1, i - 1);
    } else i++;
  }
  return pts;
}
