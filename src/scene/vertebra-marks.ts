import type { Point, Structure } from '../model/anatomy-schema.js';
import type { ScenePath } from './scene-types.js';
import { polygonPath } from './tube-outline.js';

/** An ellipse as a closed polygon. */
function ellipse(cx: number, cy: number, rx: number, ry: number): Point[] {
  return Array.from({ length: 20 }, (_, i): Point => {
    const a = (i / 20) * 2 * Math.PI;
    return [cx + rx * Math.cos(a), cy + ry * Math.sin(a)];
  });
}

/**
 * What makes a vertebral body read as spine on a frontal film, not as a box:
 * dense endplates at its top and bottom, the two pedicle rings in its upper
 * half, and the spinous process between them. Only for a body drawn as a
 * four-point outline (data/anatomy/skeleton.json); empty for anything else.
 */
export function vertebraMarks(s: Structure): ScenePath[] {
  if (s.layer !== 'spine' || s.tone !== 'bone' || s.shape.type !== 'outline' || s.shape.points.length !== 4) return [];
  const xs = s.shape.points.map((p) => p[0]);
  const ys = s.shape.points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const [w, h] = [x1 - x0, y1 - y0];
  const plate = h * 0.09;
  const box = (top: number): Point[] => [
    [x0, top],
    [x1, top],
    [x1, top + plate],
    [x0, top + plate],
  ];
  const shapes: [string, Point[]][] = [
    ['endplate-upper', box(y0)],
    ['endplate-lower', box(y1 - plate)],
    ['pedicle-right', ellipse(x0 + 0.2 * w, y0 + 0.34 * h, 0.09 * w, 0.15 * h)],
    ['pedicle-left', ellipse(x1 - 0.2 * w, y0 + 0.34 * h, 0.09 * w, 0.15 * h)],
    ['spinous', ellipse(x0 + 0.5 * w, y0 + 0.58 * h, 0.045 * w, 0.2 * h)],
  ];
  return shapes.map(([part, pts]) => ({
    id: `${s.id}-${part}`,
    structureId: s.id,
    layer: s.layer,
    tone: s.tone,
    paint: 'fill',
    d: polygonPath(pts),
    dashed: false,
  }));
}
