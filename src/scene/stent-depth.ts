import type { SceneDevicePart } from './scene-types.js';

/**
 * Stent parts in paint order for a stent-in-stent (Y) pair: the second stent runs inside the first one's tube, so
 * a helix's near turns (a first stent with far turns drawn apart, ids ending `-back`) draw over every later stent
 * and its far turns under it. The second stent shows between the first one's turns; neither hides the other.
 */
export function stentDepth(parts: readonly SceneDevicePart[]): SceneDevicePart[] {
  const first = parts[0]?.deviceId;
  const helix = parts.some((p) => p.deviceId === first && p.id.endsWith('-back'));
  if (!helix || parts.every((p) => p.deviceId === first)) return [...parts];
  const near = (p: SceneDevicePart) =>
    p.deviceId === first && (p.part === 'stent-wire' || p.part === 'stent-edge') && !p.id.endsWith('-back');
  return [...parts.filter((p) => !near(p)), ...parts.filter(near)];
}
