import type { Point } from '../../src/model/anatomy-schema.js';

/** The closed rings of an SVG path in absolute M, L, H, V, C and Z commands, its curves sampled. */
export function rings(d: string): Point[][] {
  const out: Point[][] = [];
  let ring: Point[] = [];
  for (const [, cmd, args] of d.matchAll(/([MLHVCZ])([^MLHVCZ]*)/g)) {
    const n = (args!.match(/-?[\d.]+(?:e-?\d+)?/g) ?? []).map(Number);
    const last = ring.at(-1) ?? [0, 0];
    if (cmd === 'M') {
      if (ring.length) out.push(ring);
      ring = [];
      for (let k = 0; k + 1 < n.length; k += 2) ring.push([n[k]!, n[k + 1]!]);
    } else if (cmd === 'L') for (let k = 0; k + 1 < n.length; k += 2) ring.push([n[k]!, n[k + 1]!]);
    else if (cmd === 'H') for (const x of n) ring.push([x, (ring.at(-1) ?? last)[1]]);
    else if (cmd === 'V') for (const y of n) ring.push([(ring.at(-1) ?? last)[0], y]);
    else if (cmd === 'C')
      for (let k = 0; k + 5 < n.length; k += 6) {
        const p0 = ring.at(-1) ?? last;
        for (const t of [0.25, 0.5, 0.75, 1]) {
          const u = 1 - t;
          const [a, b, c, e] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
          ring.push([
            a * p0[0] + b * n[k]! + c * n[k + 2]! + e * n[k + 4]!,
            a * p0[1] + b * n[k + 1]! + c * n[k + 3]! + e * n[k + 5]!,
          ]);
        }
      }
  }
  if (ring.length) out.push(ring);
  return out;
}
