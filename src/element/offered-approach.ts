import type { Procedure } from '../model/procedure-schema.js';
import { readChoice } from './read-choice.js';

/**
 * The approach if the procedure offers it, else the procedure's default: with
 * one warning, unless the value is the element's own default (`right`), which
 * a procedure with other route names (cholecystostomy) simply replaces.
 */
export function offeredApproach(value: string, procedure: Procedure | undefined, warned: Set<string>): string {
  const offered = procedure?.options.approach;
  if (!offered || offered.values.includes(value)) return value;
  if (value === 'right') return offered.default;
  return readChoice(warned, 'approach', value, offered.values, offered.default);
}
