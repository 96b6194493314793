import type { Approach } from '../model/action-schema.js';
import type { Anatomy } from '../model/parse-anatomy.js';
import type { Procedure } from '../model/procedure-schema.js';
import type { CompileContext } from './compile-context.js';
import { buildDuctTree } from './duct-tree.js';
import { planFill } from './plan-fill.js';
import type { BaseTrack } from './track-types.js';

/**
 * The compile context at t = 0 and the base track: the obstruction as a
 * barrier on its duct, the ducts it dilates (all that drain into it above
 * the block, plus `alsoDilated`), and the gallbladder state.
 */
export function initialContext(
  procedure: Procedure,
  anatomy: Anatomy,
  approach: Approach,
): [CompileContext, BaseTrack] {
  const tree = buildDuctTree(anatomy);
  const o = procedure.obstruction;
  const node = o && tree.get(o.duct);
  const barrier =
    o && node ? { duct: o.duct, from: o.span[0] * node.line.length, to: o.span[1] * node.line.length } : null;
  const upstream = barrier
    ? [...new Set(planFill(tree, { duct: barrier.duct, arc: 0 }, barrier).map((e) => e.duct))]
    : [];
  const values = new Map<string, number>([
    ['distension', o?.gallbladder === 'distended' ? 1 : 0],
    ['bag', 0],
  ]);
  for (const id of [...upstream, ...(o?.alsoDilated ?? [])]) values.set(`dilation:${id}`, o?.dilation ?? 1);
  const base: BaseTrack = {
    type: 'base',
    obstruction: o ? { duct: o.duct, span: [o.span[0], o.span[1]], mass: o.mass ? { ...o.mass } : null } : null,
    defaultDilation: 0,
    values: Object.fromEntries(values),
  };
  const ctx: CompileContext = {
    procedure,
    anatomy,
    approach,
    tree,
    barrier,
    upstream,
    devices: new Map(),
    tracks: [],
    values,
    fills: new Map(),
    stepEnd: 0,
  };
  return [ctx, base];
}
