import type { Point, Structure } from '../model/anatomy-schema.js';
import type { Camera, SceneLabel } from './scene-types.js';

type Box = { x0: number; y0: number; x1: number; y1: number };
type Align = SceneLabel['align'];

/** Text box of a label whose baseline anchor is (x, y). Widths are estimated (no DOM below render/). */
function textBox(text: string, x: number, y: number, align: Align, size: number): Box {
  const w = (text.length + 0.6) * size * 0.62;
  const x0 = align === 'start' ? x : align === 'end' ? x - w : x - w / 2;
  return { x0, y0: y - size * 0.95, x1: x0 + w, y1: y + size * 0.3 };
}

const overlaps = (a: Box, b: Box, pad: number) =>
  a.x0 - pad < b.x1 && b.x0 - pad < a.x1 && a.y0 - pad < b.y1 && b.y0 - pad < a.y1;

function crosses(p: readonly number[], q: readonly number[]): boolean {
  const [ax, ay, bx, by] = p as [number, number, number, number];
  const [cx, cy, dx, dy] = q as [number, number, number, number];
  const o = (px: number, py: number, qx: number, qy: number, rx: number, ry: number) =>
    Math.sign((qx - px) * (ry - py) - (qy - py) * (rx - px));
  return (
    o(ax, ay, bx, by, cx, cy) * o(ax, ay, bx, by, dx, dy) < 0 &&
    o(cx, cy, dx, dy, ax, ay) * o(cx, cy, dx, dy, bx, by) < 0
  );
}

/** Leader from the text box edge nearest the anchor to the anchor itself. */
function leaderFor(box: Box, to: Point | undefined, size: number): SceneLabel['leader'] {
  if (!to) return null;
  const x = Math.max(box.x0 - size * 0.25, Math.min(box.x1 + size * 0.25, to[0]));
  const y = Math.max(box.y0 - size * 0.2, Math.min(box.y1 + size * 0.1, to[1]));
  return Math.hypot(x - to[0], y - to[1]) < size * 0.6 ? null : [x, y, to[0], to[1]];
}

// Offsets around the anchor, in font sizes, tried in order; alignment keeps text away from it.
const AROUND: readonly [number, number, Align][] = [
  [1.6, -1.2, 'start'],
  [-1.6, -1.2, 'end'],
  [1.6, 2, 'start'],
  [-1.6, 2, 'end'],
  [0, -1.8, 'middle'],
  [0, 2.8, 'middle'],
  [3, -2.6, 'start'],
  [-3, -2.6, 'end'],
  [3, 3.6, 'start'],
  [-3, 3.6, 'end'],
  [0, -3.4, 'middle'],
  [0, 4.4, 'middle'],
];

/**
 * Positions labels inside the camera without overlaps or crossing leaders.
 * A structure's authored position wins when it fits; otherwise spots around
 * its leader point are tried. Labels that cannot fit are dropped, never clipped.
 */
export function placeLabels(
  structures: readonly Structure[],
  camera: Camera,
  size: number,
  margin: number,
): SceneLabel[] {
  const frame: Box = {
    x0: camera.x + margin,
    y0: camera.y + margin,
    x1: camera.x + camera.w - margin,
    y1: camera.y + camera.h - margin,
  };
  const inside = (b: Box) => b.x0 >= frame.x0 && b.x1 <= frame.x1 && b.y0 >= frame.y0 && b.y1 <= frame.y1;
  const boxes: Box[] = [];
  const leaders: (readonly number[])[] = [];
  const placed: SceneLabel[] = [];
  for (const s of structures) {
    const label = s.label;
    if (!label) continue;
    const text = s.short ?? s.name;
    const to = label.to ?? ([label.x, label.y] as Point);
    const candidates: [number, number, Align][] = [
      [label.x, label.y, label.align],
      ...AROUND.map(([dx, dy, align]): [number, number, Align] => [to[0] + dx * size, to[1] + dy * size, align]),
    ];
    for (const [x, y, align] of candidates) {
      const box = textBox(text, x, y, align, size);
      const leader = leaderFor(box, label.to, size);
      if (!inside(box) || boxes.some((b) => overlaps(box, b, size * 0.25))) continue;
      if (leader && (leaders.some((l) => crosses(leader, l)) || boxes.some((b) => crossesBox(leader, b)))) continue;
      if (leaders.some((l) => crossesBox(l, box))) continue;
      boxes.push(box);
      if (leader) leaders.push(leader);
      placed.push({ id: `label-${s.id}`, structureId: s.id, text, x, y, align, size, leader });
      break;
    }
  }
  return placed;
}

function crossesBox(seg: readonly number[], b: Box): boolean {
  const edges = [
    [b.x0, b.y0, b.x1, b.y0],
    [b.x0, b.y1, b.x1, b.y1],
    [b.x0, b.y0, b.x0, b.y1],
    [b.x1, b.y0, b.x1, b.y1],
  ];
  return edges.some((e) => crosses(seg, e));
}
