import type { Point, Structure } from '../model/anatomy-schema.js';
import type { ScenePath } from './scene-types.js';
import { polygonPath } from './tube-outline.js';

/** An ellipse as a closed polygon. */
function ellipse(cx: number, cy: number, rx: number, ry: number, n = 20): Point[] {
  return Array.from({ length: n }, (_, i): Point => {
    const a = (i / n) * 2 * Math.PI;
    return [cx + rx * Math.cos(a), cy + ry * Math.sin(a)];
  });
}

/** The box of a vertebral body drawn as a four-point outline (data/anatomy/skeleton.json); null for anything else. */
function boxOf(s: Structure): { x0: number; x1: number; y0: number; y1: number } | null {
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
  const box = boxOf(s);
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

/**
 * What makes a vertebral body read as spine on a frontal film: dense end-plate lines just inside its top and
 * bottom, the two pedicles as soft rings in its upper half, the spinous process in the midline and the
 * transverse processes either side, where the ribs meet the spine. Empty for anything but a vertebra.
 */
export function vertebraMarks(s: Structure): ScenePath[] {
  const box = boxOf(s);
  if (!box) return [];
  const { x0, x1, y0, y1 } = box;
  const [w, h] = [x1 - x0, y1 - y0];
  const plate = (y: number): Point[] => [
    [x0 + 0.12 * w, y],
    [x0 + 0.5 * w, y + (y < y0 + h / 2 ? -0.02 : 0.02) * h],
    [x1 - 0.12 * w, y],
  ];
  // A transverse process is a blunt stub with a rounded end, level with the pedicle: a spike reads as a stray barb.
  const wing = (side: 1 | -1): Point[] => {
    const root = side < 0 ? x0 + 0.04 * w : x1 - 0.04 * w;
    const reach = 0.16 * w;
    const [top, bottom] = [y0 + 0.24 * h, y0 + 0.4 * h];
    const r = (bottom - top) / 2;
    const cx = root + side * (reach - r);
    // Round the outer end: from the lower edge, out around the tip, back along the upper edge.
    const end = Array.from({ length: 7 }, (_, i): Point => {
      const t = Math.PI / 2 - (i / 6) * Math.PI;
      return [cx + side * r * Math.cos(t), top + r + r * Math.sin(t)];
    });
    return [[root, bottom], ...end, [root, top]];
  };
  const shapes: [string, ScenePath['paint'], Point[]][] = [
    ['endplate-upper', 'line', plate(y0 + 0.07 * h)],
    ['endplate-lower', 'line', plate(y1 - 0.07 * h)],
    // Upright ovals near the sides and a long, thin spinous process: two rings over a round blob read as a face.
    ['pedicle-right', 'line', [...ellipse(x0 + 0.19 * w, y0 + 0.36 * h, 0.055 * w, 0.2 * h)]],
    ['pedicle-left', 'line', [...ellipse(x1 - 0.19 * w, y0 + 0.36 * h, 0.055 * w, 0.2 * h)]],
    ['spinous', 'fill', ellipse(x0 + 0.5 * w, y0 + 0.64 * h, 0.022 * w, 0.27 * h)],
    ['transverse-right', 'fill', wing(-1)],
    ['transverse-left', 'fill', wing(1)],
  ];
  return shapes.map(([part, paint, pts]) => ({
    id: `${s.id}-${part}`,
    structureId: s.id,
    layer: s.layer,
    tone: s.tone,
    paint,
    // End-plates are open lines; rings and processes close.
    d: part.startsWith('endplate') ? polygonPath(pts).slice(0, -1) : polygonPath(pts),
    dashed: false,
  }));
}
