/** Allowed `procedure` values; `none` shows the anatomy alone. */
export const PROCEDURE_NAMES = ['ptcd', 'internal-drainage', 'balloon-dilation', 'stent', 'none'] as const;
export type ProcedureName = (typeof PROCEDURE_NAMES)[number];
