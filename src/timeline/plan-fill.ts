import type { DuctNode } from './duct-tree.js';

/** How a fill front reaches one duct: at arc `at`, after `d0` units, confined to [lo, hi]. */
export interface FillEntry {
  readonly duct: string;
  readonly length: number;
  readonly at: number;
  readonly d0: number;
  readonly lo: number;
  readonly hi: number;
}

/** A narrowed stretch no fill crosses: duct arcs [from, to]. */
export interface Barrier {
  readonly duct: string;
  readonly from: number;
  readonly to: number;
}

/** How far a fill spreads in a sink (the duodenum) from where a duct empties: back to the bulb (D1), on round D3 (units): a C. */
export const SINK_REACH = { back: 220, ahead: 340 } as const;

/**
 * Plans a fill (contrast, or dilation reach) spreading along the duct tree
 * from `source`: into the source duct both ways, up each parent and back
 * down every other branch, never across a barrier (one per duct). A sink
 * (the duodenum) takes the fill a set way along its lumen and sends none back.
 */
export function planFill(
  tree: ReadonlyMap<string, DuctNode>,
  source: { readonly duct: string; readonly arc: number },
  barriers: Barrier | readonly Barrier[] | null,
): FillEntry[] {
  const byDuct = new Map<string, Barrier>();
  for (const b of barriers === null ? [] : 'duct' in barriers ? [barriers] : barriers) {
    if (!byDuct.has(b.duct)) byDuct.set(b.duct, b);
  }
  const plan: FillEntry[] = [];
  const visit = (id: string, arc: number, d0: number, cameFrom: string | null) => {
    const node = tree.get(id);
    if (!node) return;
    const length = node.line.length;
    if (node.sink) {
      const [lo, hi] = [Math.max(0, arc - SINK_REACH.back), Math.min(length, arc + SINK_REACH.ahead)];
      plan.push({ duct: id, length, at: Math.max(lo, Math.min(hi, arc)), d0, lo, hi });
      return;
    }
    let [lo, hi] = [0, length];
    const barrier = byDuct.get(id);
    if (barrier)
      [lo, hi] = arc <= barrier.from ? [0, barrier.from] : arc >= barrier.to ? [barrier.to, length] : [arc, arc];
    const at = Math.max(lo, Math.min(hi, arc));
    plan.push({ duct: id, length, at, d0, lo, hi });
    const parent = node.parent;
    if (parent && parent.id !== cameFrom && hi >= length - 1e-6) visit(parent.id, parent.at, d0 + length - at, id);
    for (const child of node.children) {
      if (child.id === cameFrom || child.at < lo - 1e-6 || child.at > hi + 1e-6) continue;
      visit(child.id, tree.get(child.id)?.line.length ?? 0, d0 + Math.abs(child.at - at), id);
    }
  };
  visit(source.duct, source.arc, 0, null);
  return plan;
}

/** The front distance at which the whole plan is filled. */
export function fullReach(plan: readonly FillEntry[]): number {
  return plan.reduce((m, e) => Math.max(m, e.d0 + Math.max(e.at - e.lo, e.hi - e.at)), 0);
}

/** Filled stretch of each duct, as [from, to] centreline fractions, when the front has gone `reach` units (a duct reached only at a point gets none). */
export function fillAt(plan: readonly FillEntry[], reach: number, into: Record<string, [number, number]> = {}) {
  for (const e of plan) {
    const r = reach - e.d0;
    if (r <= 0 || e.length <= 0 || e.hi <= e.lo) continue;
    const from = Math.max(e.lo, e.at - r) / e.length;
    const to = Math.min(e.hi, e.at + r) / e.length;
    const had = into[e.duct];
    into[e.duct] = had ? [Math.min(had[0], from), Math.max(had[1], to)] : [from, to];
  }
  return into;
}
