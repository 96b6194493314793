import ptcd from '../../data/procedures/ptcd.json';

/** The procedure shown when none is chosen; it ships in the main bundle. */
export const DEFAULT_PROCEDURE = 'ptcd';
/** The default procedure's JSON, there from the start. */
export const DEFAULT_PROCEDURE_JSON: unknown = ptcd;

const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length);

/**
 * The procedure files in data/procedures/, found by name at build time: a new
 * file there is a new `procedure` value with no code change. Each loader
 * resolves to the file's JSON; every one but the default is its own chunk.
 */
export const PROCEDURE_FILES: Readonly<Record<string, () => Promise<unknown>>> = {
  [DEFAULT_PROCEDURE]: () => Promise.resolve(DEFAULT_PROCEDURE_JSON),
  ...Object.fromEntries(
    Object.entries(
      import.meta.glob<unknown>(['../../data/procedures/*.json', '!../../data/procedures/ptcd.json'], {
        import: 'default',
      }),
    ).map(([path, load]) => [nameOf(path), load]),
  ),
};

/** Allowed `procedure` values: the default first, the other files by name, then `none` (the anatomy alone). */
export const PROCEDURE_NAMES: readonly string[] = [
  DEFAULT_PROCEDURE,
  ...Object.keys(PROCEDURE_FILES)
    .filter((n) => n !== DEFAULT_PROCEDURE)
    .sort(),
  'none',
];
export type ProcedureName = string;
