import type { Structure } from '../model/anatomy-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';

/**
 * Per-anatomy memo for geometry that depends only on a structure and its
 * shape state. Playback rebuilds the scene every frame, but most structures
 * keep the same shape from frame to frame; this keeps that work to a lookup.
 * Bounded, and dropped with its anatomy.
 */
const caches = new WeakMap<Anatomy, Map<string, unknown>>();
const LIMIT = 2000;

export function cached<T>(anatomy: Anatomy, s: Pick<Structure, 'id'>, key: string, make: () => T): T {
  let cache = caches.get(anatomy);
  if (!cache) caches.set(anatomy, (cache = new Map()));
  const full = `${s.id}|${key}`;
  if (cache.has(full)) return cache.get(full) as T;
  if (cache.size > LIMIT) cache.clear();
  const value = make();
  cache.set(full, value);
  return value;
}

/**
 * A store of `V` per anatomy, dropped with it and let go whole once it holds more than `limit`: for memos that must
 * not share the shape cache's room (a label set's last layouts, a stent's places).
 */
export function perAnatomy<V>(limit: number): (anatomy: Anatomy) => Map<string, V> {
  const stores = new WeakMap<Anatomy, Map<string, V>>();
  return (anatomy) => {
    let store = stores.get(anatomy);
    if (!store) stores.set(anatomy, (store = new Map()));
    if (store.size > limit) store.clear();
    return store;
  };
}

/** A stable, short key for a shape state (numbers rounded to what is visible). */
export function stateKey(state: object): string {
  return JSON.stringify(state, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v));
}
