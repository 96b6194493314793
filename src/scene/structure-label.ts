import type { Structure } from '../model/anatomy-schema.js';
import type { SceneLabel } from './scene-types.js';

/** Places a structure's label; `size` is the font size in scene units. */
export function structureLabel(s: Structure, size: number): SceneLabel | null {
  const label = s.label;
  if (!label) return null;
  const text = s.short ?? s.name;
  let leader: SceneLabel['leader'] = null;
  if (label.to) {
    // The leader starts just off the text's aligned edge, at mid x-height.
    const pad = size * 0.3;
    const x1 = label.align === 'end' ? label.x + pad : label.align === 'start' ? label.x - pad : label.x;
    const y1 = label.align === 'middle' ? label.y + (label.to[1] > label.y ? pad : -size) : label.y - size * 0.35;
    leader = [x1, y1, label.to[0], label.to[1]];
  }
  return { id: `label-${s.id}`, structureId: s.id, text, x: label.x, y: label.y, align: label.align, size, leader };
}
