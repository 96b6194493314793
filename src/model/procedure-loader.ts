import ptcd from '../../data/procedures/ptcd.json';
import type { ProcedureName } from './procedure-names.js';

// The default procedure ships in the main bundle; the others are separate
// chunks fetched the first time they are chosen.
const loaders: Readonly<Record<Exclude<ProcedureName, 'none'>, () => Promise<unknown>>> = {
  ptcd: () => Promise.resolve(ptcd),
  'internal-drainage': () => import('../../data/procedures/internal-drainage.json').then((m) => m.default),
  'balloon-dilation': () => import('../../data/procedures/balloon-dilation.json').then((m) => m.default),
  stent: () => import('../../data/procedures/stent.json').then((m) => m.default),
};
const cache = new Map<string, unknown>([['ptcd', ptcd]]);

/** The procedure's JSON if it is already here (the default always is). */
export function cachedProcedure(name: ProcedureName): unknown {
  return cache.get(name);
}

/** Fetches a bundled procedure's JSON once; resolves to undefined for `none`. */
export async function fetchProcedure(name: ProcedureName): Promise<unknown> {
  if (name === 'none') return undefined;
  if (!cache.has(name)) cache.set(name, await loaders[name]());
  return cache.get(name);
}
