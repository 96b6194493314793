import { warnOnce } from './read-choice.js';

/** Reads "false", "off", "no" and "0" as false; presence otherwise means true. */
export const flag = {
  fromAttribute: (value: string | null) => value !== null && !/^(false|off|no|0)$/i.test(value.trim()),
  toAttribute: (value: boolean) => (value ? '' : 'off'),
};
/** Like `flag`, but an absent attribute means true (on by default). */
export const onByDefault = {
  ...flag,
  fromAttribute: (value: string | null) => value === null || flag.fromAttribute(value),
};
/** Like `flag`, off by default: false removes the attribute. */
export const offByDefault = { ...flag, toAttribute: (value: boolean) => (value ? '' : null) };

/**
 * A flag property set by script: booleans as they are, text as the attribute
 * reads it (`"off"` is false), null or undefined as `fallback`, anything else by truthiness.
 */
export function readFlag(value: unknown, fallback: boolean): boolean {
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return fallback;
  return typeof value === 'string' ? flag.fromAttribute(value) : Boolean(value);
}

/** A number from a number or numeric text (`"3"` is 3); NaN for anything else. */
export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  return NaN;
}

/**
 * A 1-based step from any value: numeric text is read as a number, rounded
 * and raised to at least 1; anything else is 1 with one warning. Null or
 * undefined (a removed attribute) is 1 quietly.
 */
export function readStep(warned: Set<string>, value: unknown): number {
  if (value === null || value === undefined) return 1;
  const n = toNumber(value);
  if (Number.isFinite(n) && n >= 0.5) return Math.round(n);
  warnOnce(warned, 'step', value, 'using 1.');
  return 1;
}
