import type { Point, Structure } from '../model/anatomy-schema.js';

/** The box of a vertebral body drawn as a four-point outline (data/anatomy/skeleton.json); null for anything else. */
export function vertebraBox(s: Structure): { x0: number; x1: number; y0: number; y1: number } | null {
  if (s.layer !== 'spine' || s.tone !== 'bone' || s.shape.type !== 'outline' || s.shape.points.length !== 4)
    return null;
  const xs = s.shape.points.map((p) => p[0]);
  const ys = s.shape.points.map((p) => p[1]);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

/**
 * A vertebral body as a frontal film shows it, not a box: rounded corners, sides waisted in at mid-height
 * (concave), end-plates very slightly domed. Sampled, within the data's box. Null for anything but a vertebra.
 */
export function vertebraBody(s: Structure): Point[] | null {
  const box = vertebraBox(s);
  if (!box) return null;
  const { x0, x1, y0, y1 } = box;
  const [w, h] = [x1 - x0, y1 - y0];
  const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
  const n = 48;
  return Array.from({ length: n }, (_, i): Point => {
    const a = (i / n) * 2 * Math.PI;
    const [c, si] = [Math.cos(a), Math.sin(a)];
    // A superellipse (exponent 4) gives rounded corners and flat plates; the waist pulls the sides in.
    const px = Math.sign(c) * Math.abs(c) ** 0.5;
    const py = Math.sign(si) * Math.abs(si) ** 0.5;
    const waist = 1 - 0.08 * (1 - Math.abs(py)) ** 2;
    const dome = 1 - 0.03 * Math.abs(px);
    return [cx + (w / 2) * px * waist, cy + (h / 2) * py * dome];
  });
}
