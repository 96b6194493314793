import type { Anatomy } from '../model/parse-anatomy.js';

const SIDE = /(^|-)(right|left)(-|$)/;

/**
 * The patient's side of every structure that has a mirror twin in the
 * anatomy (right/left hepatic duct, portal vein, hepatic artery, costal
 * margin…), by id. Points (skin entries, targets) are places, not pairs.
 */
export function pairedSides(anatomy: Anatomy): ReadonlyMap<string, 'right' | 'left'> {
  const sides = new Map<string, 'right' | 'left'>();
  for (const s of anatomy.structures) {
    const side = SIDE.exec(s.id)?.[2];
    if ((side !== 'right' && side !== 'left') || s.shape.type === 'point') continue;
    const twin = s.id.replace(SIDE, (_m, a: string, _s: string, b: string) =>
      side === 'right' ? `${a}left${b}` : `${a}right${b}`,
    );
    if (anatomy.byId.has(twin)) sides.set(s.id, side);
  }
  return sides;
}
