import ptcd from '../../data/procedures/ptcd.json';

/**
 * The default procedure's clinical context and aftercare texts, which playing it does not show. The build gives
 * this module a copy of the file with these alone and the engine a copy without them
 * (scripts/lazy-texts-plugin.mjs); the test runner serves the whole file to both.
 */
export const DEFAULT_PROCEDURE_TEXTS: Readonly<Record<string, unknown>> = Object.fromEntries(
  Object.entries(ptcd).filter(([k]) => k === 'context' || k === 'aftercare'),
);
