import ptcd from '../../data/procedures/ptcd.json';

/** Procedures shipped in the bundle, by `procedure` attribute value. */
export const BUNDLED_PROCEDURES: Readonly<Record<string, unknown>> = { ptcd };

/** Allowed `procedure` values; `none` shows the anatomy alone. */
export const PROCEDURE_NAMES = ['ptcd', 'none'] as const;
export type ProcedureName = (typeof PROCEDURE_NAMES)[number];
