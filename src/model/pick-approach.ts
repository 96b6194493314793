import type { Approach, PerApproach } from './action-schema.js';

/**
 * A per-approach value is a plain object keyed by approach names
 * (`{ "right": …, "left": … }`); the only object a plain value can be is a
 * lesion stop, which has a `lesions` key.
 */
export const isPerApproach = <T>(value: PerApproach<T>): value is Readonly<Record<string, T>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Object.hasOwn(value, 'lesions');

/** The value for one approach: a plain value applies to every approach. */
export function pickApproach<T>(value: NoInfer<T> | Readonly<Record<string, T>>, approach: Approach): T | undefined {
  return isPerApproach(value as PerApproach<T>) ? (value as Readonly<Record<string, T>>)[approach] : (value as T);
}

/** JSON-path suffix for a per-approach value (`.left`) or '' for a plain one. */
export function approachKey<T>(value: PerApproach<T>, approach: Approach): string {
  return isPerApproach(value) ? `.${approach}` : '';
}
