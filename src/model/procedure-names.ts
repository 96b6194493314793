import ptcd from '../../data/procedures/ptcd.json';
import { byFileName } from './by-file-name.js';

/** The procedure shown when none is chosen; it ships in the main bundle. */
export const DEFAULT_PROCEDURE = 'ptcd';
/** The default procedure's JSON, there from the start. */
export const DEFAULT_PROCEDURE_JSON: unknown = ptcd;

/**
 * The procedure files in data/procedures/, found by name at build time: a new
 * file there is a new `procedure` value with no code change. Each loader
 * resolves to the file's JSON; every one but the default is its own chunk. The
 * build leaves each file's clinical context, aftercare and patient texts to
 * chunks of their own (PROCEDURE_TEXTS, PATIENT_TEXTS); the test runner
 * serves the whole file.
 */
export const PROCEDURE_FILES: Readonly<Record<string, () => Promise<unknown>>> = {
  [DEFAULT_PROCEDURE]: () => Promise.resolve(DEFAULT_PROCEDURE_JSON),
  ...byFileName(
    import.meta.glob<unknown>(['../../data/procedures/*.json', '!../../data/procedures/ptcd.json'], {
      query: '?play',
      import: 'default',
    }),
  ),
};

/** Each procedure's clinical context and aftercare texts, which playing never shows: `{ context, aftercare }`. */
export const PROCEDURE_TEXTS: Readonly<Record<string, () => Promise<unknown>>> = byFileName(
  import.meta.glob<unknown>('../../data/procedures/*.json', { query: '?procedure-texts', import: 'default' }),
);

/** Each procedure's steps' patient texts, which only a widget for a patient shows: `{ steps: [{ patient, … }] }`. */
export const PATIENT_TEXTS: Readonly<Record<string, () => Promise<unknown>>> = byFileName(
  import.meta.glob<unknown>('../../data/procedures/*.json', { query: '?patient-texts', import: 'default' }),
);

/** Allowed `procedure` values: the default first, the other files by name, then `none` (the anatomy alone). */
export const PROCEDURE_NAMES: readonly string[] = [
  DEFAULT_PROCEDURE,
  ...Object.keys(PROCEDURE_FILES)
    .filter((n) => n !== DEFAULT_PROCEDURE)
    .sort(),
  'none',
];
export type ProcedureName = string;
