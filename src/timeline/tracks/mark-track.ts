import type { Action } from '../../model/action-schema.js';
import type { CompileContext } from '../compile-context.js';
import type { Span } from './action-compiler.js';

/** Highlight or dim structures while start < t ≤ end. */
export function markTrack(
  ctx: CompileContext,
  a: Extract<Action, { type: 'highlight' | 'dim' }>,
  { start, end }: Span,
): void {
  ctx.tracks.push({ type: a.type, start, end, ids: a.ids });
}
