import type { Approach, PerApproach } from './action-schema.js';

/** A per-approach value is an object whose keys are approaches (`{ "right": …, "left": … }`). */
export const isPerApproach = <T>(value: PerApproach<T>): value is { readonly right?: T; readonly left?: T } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).every((k) => k === 'right' || k === 'left');

/** The value for one approach: a plain value applies to every approach. */
export function pickApproach<T>(value: PerApproach<T>, approach: Approach): T | undefined {
  return isPerApproach(value) ? value[approach] : (value as T);
}

/** JSON-path suffix for a per-approach value (`.left`) or '' for a plain one. */
export function approachKey<T>(value: PerApproach<T>, approach: Approach): string {
  return isPerApproach(value) ? `.${approach}` : '';
}
