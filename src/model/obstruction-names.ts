/**
 * Obstruction cases shipped in data/obstructions.json, by `obstruction`
 * attribute value (kept equal to the file's case ids; a test checks this).
 */
export const OBSTRUCTION_NAMES = [
  'distal',
  'hilar-1',
  'hilar-2',
  'hilar-3a',
  'hilar-3b',
  'hilar-4',
  'benign-anastomotic',
] as const;
export type ObstructionName = (typeof OBSTRUCTION_NAMES)[number];

/** The case used when none is chosen: a pancreatic-head mass. */
export const DEFAULT_OBSTRUCTION: ObstructionName = 'distal';
