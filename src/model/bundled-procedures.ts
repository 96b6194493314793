/**
 * Every procedure file in data/procedures/ at once, by name, for tests and
 * tools. The element loads them through procedure-loader.ts instead, so only
 * the default one is in the main bundle.
 */
export const BUNDLED_PROCEDURES: Readonly<Record<string, unknown>> = Object.fromEntries(
  Object.entries(import.meta.glob<unknown>('../../data/procedures/*.json', { eager: true, import: 'default' })).map(
    ([path, json]) => [path.slice(path.lastIndexOf('/') + 1, -'.json'.length), json],
  ),
);

export { PROCEDURE_NAMES, type ProcedureName } from './procedure-names.js';
