import type { Point, Structure } from '../model/anatomy-schema.js';
import type { ScenePath } from './scene-types.js';
import { polygonPath } from './tube-outline.js';
import { vertebraBox } from './vertebra-body.js';

/** An ellipse as a closed polygon. */
function ellipse(cx: number, cy: number, rx: number, ry: number, n = 20): Point[] {
  return Array.from({ length: n }, (_, i): Point => {
    const a = (i / n) * 2 * Math.PI;
    return [cx + rx * Math.cos(a), cy + ry * Math.sin(a)];
  });
}

/**
 * What makes a vertebral body read as spine on a frontal film: dense end-plate lines just inside its top and
 * bottom, the two pedicles as soft rings in its upper half, the spinous process in the midline and the
 * transverse processes either side, where the ribs meet the spine. Empty for anything but a vertebra.
 */
export function vertebraMarks(s: Structure): ScenePath[] {
  const box = vertebraBox(s);
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
