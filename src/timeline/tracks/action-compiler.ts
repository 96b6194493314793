import type { Action, ActionType } from '../../model/action-schema.js';
import type { CompileContext } from '../compile-context.js';

/** An action's absolute times on the global axis, ms. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Adds the tracks for one action of type T and updates the context. */
export type ActionCompiler<T extends ActionType> = (
  ctx: CompileContext,
  action: Extract<Action, { type: T }>,
  span: Span,
) => void;

/** Looks a device up; parseProcedure guarantees it exists. */
export function deviceOf(ctx: CompileContext, id: string) {
  const device = ctx.devices.get(id);
  if (!device) throw new Error(`device "${id}" is not in place (was the procedure parsed with parseProcedure?)`);
  return device;
}
