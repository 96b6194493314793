import type { Point } from '../model/anatomy-schema.js';

const ids = new WeakMap<readonly Point[], number>();
let next = 0;

/** A number naming one route array (routes are compiled once and never change). */
export function routeId(route: readonly Point[]): number {
  let id = ids.get(route);
  if (id === undefined) ids.set(route, (id = ++next));
  return id;
}

/**
 * An exact key for what a frame draws on top of the anatomy: numbers in full
 * (a rounded key would hand back a drawing made at a slightly different
 * moment), routes by identity rather than by their hundreds of points.
 */
export function momentKey(value: unknown): string {
  return JSON.stringify(value, (k, v: unknown) => (k === 'route' && Array.isArray(v) ? routeId(v as Point[]) : v));
}
