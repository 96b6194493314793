import balloonDilation from '../../data/procedures/balloon-dilation.json';
import internalDrainage from '../../data/procedures/internal-drainage.json';
import ptcd from '../../data/procedures/ptcd.json';
import stent from '../../data/procedures/stent.json';

/**
 * Every shipped procedure's JSON at once, for tests and tools. The element
 * loads them through procedure-loader.ts instead, so only the default one is
 * in the main bundle.
 */
export const BUNDLED_PROCEDURES: Readonly<Record<string, unknown>> = {
  ptcd,
  'internal-drainage': internalDrainage,
  'balloon-dilation': balloonDilation,
  stent,
};

export { PROCEDURE_NAMES, type ProcedureName } from './procedure-names.js';
