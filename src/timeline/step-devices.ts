import type { Action } from '../model/action-schema.js';

/**
 * The devices a step works with, the one it is about first: each action's device in order, an exchange's new device
 * before the one it replaces, a contrast or decompression's drain (`through`). Each id once.
 */
export function stepDevices(actions: readonly Action[]): string[] {
  const ids = actions.flatMap((a) => {
    if (a.type === 'exchange') return [a.insert, a.remove];
    if ('device' in a) return [a.device];
    if ('through' in a && a.through) return [a.through];
    return [];
  });
  return [...new Set(ids)];
}
